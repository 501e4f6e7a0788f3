-- An agency's own sign-in (OpenID Connect): one provider per agency, and the e-mail domains it signs in for. The
-- client secret is never stored here: it comes from configuration or the environment.
create table identity_provider (
    id            bigserial primary key,
    agency_id     bigint        not null unique references agency (id),
    issuer        varchar(500)  not null,
    client_id     varchar(200)  not null,
    email_domains varchar(1000) not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    modified_at   timestamptz   not null default now()
);

-- A subject is unique only within its provider: kept as "<provider id>:<subject>".
alter table person alter column sso_subject type varchar(300);

-- Personal tokens: named by their holder (a script, a tool) and lasting days rather than hours. People who sign in
-- through their agency have no password to exchange for a token, so this is their way to the API.
alter table api_token add column name varchar(100);
