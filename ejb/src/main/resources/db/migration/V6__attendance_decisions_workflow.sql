-- Who came, what they declared, what was decided, and the minutes' path to an approved record.

create table attendance (
    id             bigserial primary key,
    meeting_id     bigint       not null references meeting (id) on delete cascade,
    person_id      bigint references person (id),
    name           varchar(200) not null,
    agency_id      bigint references agency (id),
    kind           varchar(20)  not null,
    substitute_for bigint references person (id),
    note           varchar(300),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    modified_at    timestamptz  not null default now(),
    unique (meeting_id, person_id)
);

create table declaration (
    id          bigserial primary key,
    meeting_id  bigint        not null references meeting (id) on delete cascade,
    person_id   bigint        not null references person (id),
    item_id     bigint references agenda_item (id) on delete set null,
    kind        varchar(40)   not null,
    text        varchar(2000) not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    modified_at timestamptz   not null default now()
);

create table decision (
    id               bigserial primary key,
    item_id          bigint       not null references agenda_item (id) on delete cascade,
    kind             varchar(20)  not null,
    text             text         not null,
    target_body_id   bigint references body (id),
    referral_item_id bigint references agenda_item (id) on delete set null,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    modified_at      timestamptz  not null default now()
);
create index decision_item_idx on decision (item_id);

alter table meeting add column no_declarations boolean not null default false;
alter table meeting add column minutes_status varchar(20);
alter table meeting add column minutes_approved_at bigint references meeting (id);
alter table meeting add column minutes_moved_by bigint references person (id);
