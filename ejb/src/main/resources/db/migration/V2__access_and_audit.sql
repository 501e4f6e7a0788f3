-- Restricted bodies name the agencies whose people may see them.
create table body_agency_access (
    body_id   bigint not null references body (id) on delete cascade,
    agency_id bigint not null references agency (id),
    primary key (body_id, agency_id)
);

-- Invitations: an account waits for its holder to choose a password through a one-time link.
alter table person add column invitation_hash char(64) unique;
alter table person add column invitation_expires_at timestamptz;

-- The audit trail. Each row's hash covers its content and the previous row's hash, so an altered or removed
-- row breaks the chain from that point on.
create table audit_event (
    id           bigint primary key,
    occurred_at  timestamptz  not null,
    person_id    bigint,
    username     varchar(100),
    agency_id    bigint,
    agency_name  varchar(200),
    action       varchar(30)  not null,
    entity       varchar(60),
    entity_id    bigint,
    summary      varchar(500),
    changes      text,
    origin       varchar(100),
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create sequence audit_event_id_seq;
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_person_idx on audit_event (person_id);
create index audit_event_agency_idx on audit_event (agency_id);
create index audit_event_entity_idx on audit_event (entity, entity_id);

-- Append-only, whatever role the application connects as: triggers bind superusers too, unless one
-- deliberately switches them off, and the hash chain shows that.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
revoke update, delete, truncate on audit_event from public;
