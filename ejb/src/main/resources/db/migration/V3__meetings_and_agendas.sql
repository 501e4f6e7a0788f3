-- Meetings of a body and their agendas.

create table meeting (
    id                    bigserial primary key,
    body_id               bigint       not null references body (id),
    starts_at             timestamptz  not null,
    venue                 varchar(300),
    online_link           varchar(500),
    status                varchar(20)  not null default 'SCHEDULED',
    municipal_year        integer      not null,
    agenda_published_at   timestamptz,
    agenda_published_on   date,
    status_reason         text,
    rearranged_from       timestamptz,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    modified_at           timestamptz  not null default now()
);
create index meeting_body_time_idx on meeting (body_id, starts_at);

create table agenda_item (
    id                  bigserial primary key,
    meeting_id          bigint       not null references meeting (id) on delete cascade,
    position            integer      not null,
    item_number         varchar(20),
    title               varchar(500) not null,
    purpose             varchar(20)  not null,
    presenter           varchar(300),
    standard_kind       varchar(30),
    access_level        varchar(20)  not null default 'PUBLIC',
    exempt_paragraph    integer check (exempt_paragraph between 1 and 7),
    public_title        varchar(500),
    late                boolean      not null default false,
    urgency_reason      text,
    urgency_agreed_by   bigint references person (id),
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    modified_at         timestamptz  not null default now(),
    check (access_level <> 'EXEMPT' or exempt_paragraph is not null)
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

create table agenda_item_agency (
    item_id   bigint not null references agenda_item (id) on delete cascade,
    agency_id bigint not null references agency (id),
    primary key (item_id, agency_id)
);
