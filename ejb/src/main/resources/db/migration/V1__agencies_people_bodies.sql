-- Core of the partnership: agencies, the people who sign in, bodies and who sits on them.

create table agency (
    id          bigserial primary key,
    name        varchar(200) not null unique,
    kind        varchar(40)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    modified_at timestamptz  not null default now()
);

create table person (
    id            bigserial primary key,
    username      varchar(100) not null unique check (username = lower(username)),
    full_name     varchar(200) not null,
    email         varchar(320),
    job_title     varchar(200),
    agency_id     bigint       not null references agency (id),
    password_hash varchar(400),
    sso_subject   varchar(200) unique,
    enabled       boolean      not null default true,
    system_admin  boolean      not null default false,
    agency_admin  boolean      not null default false,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    modified_at   timestamptz  not null default now()
);
create index person_agency_idx on person (agency_id);

create table body (
    id                    bigserial primary key,
    name                  varchar(300) not null unique,
    short_name            varchar(20)  not null unique,
    kind                  varchar(40)  not null,
    parent_id             bigint references body (id),
    terms_of_reference    text,
    meeting_frequency     varchar(100),
    quorum                integer check (quorum >= 0),
    access_to_information boolean      not null default false,
    access_level          varchar(20)  not null default 'PARTNERSHIP',
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    modified_at           timestamptz  not null default now()
);

create table membership (
    id          bigserial primary key,
    body_id     bigint      not null references body (id),
    person_id   bigint      not null references person (id),
    agency_id   bigint      not null references agency (id),
    role        varchar(30) not null,
    voting      boolean     not null default true,
    starts_on   date        not null,
    ends_on     date,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index membership_body_idx on membership (body_id);
create index membership_person_idx on membership (person_id);

-- Failed sign-ins per login name, whether or not the name exists, so throttling tells nothing about accounts.
create table sign_in_throttle (
    login_key         varchar(200) primary key,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    locked_until      timestamptz
);

-- Bearer tokens for the API; only a SHA-256 of the token is stored.
create table api_token (
    token_hash char(64) primary key,
    person_id  bigint      not null references person (id),
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);
create index api_token_person_idx on api_token (person_id);
