-- A second factor for those who run the portal: an authenticator app's secret (TOTP), the last time step used (a
-- code works once), and single-use recovery codes kept only as hashes.
alter table person add column totp_secret varchar(64);
alter table person add column totp_enrolled_at timestamptz;
alter table person add column totp_last_step bigint;

create table recovery_code (
    id         bigserial primary key,
    person_id  bigint      not null references person (id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index recovery_code_person_idx on recovery_code (person_id);
