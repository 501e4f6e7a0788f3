-- The action log: actions owned by a person and an agency, dated progress updates with their impact, evidence,
-- and closure agreed by the body in its minutes.

-- One counter per body and municipal year hands out references such as CTB-2020-014 without gaps or races.
create table action_reference (
    body_id bigint  not null references body (id),
    year    integer not null,
    last    integer not null,
    primary key (body_id, year)
);

create table action (
    id                    bigserial primary key,
    body_id               bigint        not null references body (id),
    reference             varchar(40)   not null,
    title                 varchar(300)  not null,
    description           text,
    owner_person_id       bigint references person (id),
    owner_agency_id       bigint        not null references agency (id),
    due_on                date          not null,
    status                varchar(20)   not null,
    rag_override          varchar(10),
    rag_override_reason   varchar(500),
    decision_id           bigint references decision (id),
    closed_by_decision_id bigint references decision (id),
    closed_on             date,
    latest_update_id      bigint,
    created_by            bigint references person (id),
    version               bigint        not null default 0,
    created_at            timestamptz   not null default now(),
    modified_at           timestamptz   not null default now(),
    unique (body_id, reference),
    constraint action_override_has_reason check (rag_override is null or rag_override_reason is not null),
    constraint action_closed_by_decision check ((status = 'CLOSED') = (closed_by_decision_id is not null))
);
-- The body's log and the agency's list are both read in due-date order, a page at a time.
create index action_body_due_idx on action (body_id, due_on, id);
create index action_agency_due_idx on action (owner_agency_id, due_on, id);
create index action_owner_idx on action (owner_person_id, due_on, id);
create index action_decision_idx on action (decision_id);

create table action_update (
    id            bigserial primary key,
    action_id     bigint       not null references action (id),
    written_on    date         not null,
    progress      text         not null,
    impact        text,
    status_before varchar(20)  not null,
    status_after  varchar(20)  not null,
    author_id     bigint references person (id),
    author_agency_id bigint references agency (id),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    modified_at   timestamptz  not null default now()
);
create index action_update_action_idx on action_update (action_id, id);

alter table action add constraint action_latest_update_fk foreign key (latest_update_id) references action_update (id);
create index action_latest_update_idx on action (latest_update_id);

create table action_evidence (
    id           bigserial primary key,
    update_id    bigint       not null references action_update (id),
    file_name    varchar(255) not null,
    content_type varchar(200) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  bigint references person (id),
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    modified_at  timestamptz  not null default now()
);
create index action_evidence_update_idx on action_evidence (update_id);
