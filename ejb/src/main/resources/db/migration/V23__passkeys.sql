-- Passkeys (WebAuthn): the phishing-resistant second factor. The authenticator's public key and credential data are
-- kept as webauthn4j serialises them; the signature counter moves on each use. person.passkey_count lets the sign-in
-- statement know, without a join, that a person has a second factor.
create table passkey (
    id              bigserial primary key,
    person_id       bigint       not null references person (id) on delete cascade,
    credential_id   varchar(1400) not null unique,
    name            varchar(100) not null,
    credential_data bytea        not null,
    sign_count      bigint       not null default 0,
    uv_initialized  boolean      not null default false,
    backup_eligible boolean,
    backup_state    boolean,
    created_at      timestamptz  not null,
    last_used_at    timestamptz
);
create index passkey_person_idx on passkey (person_id);

alter table person add column passkey_count integer not null default 0;
