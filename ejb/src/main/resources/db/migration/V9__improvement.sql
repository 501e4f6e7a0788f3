-- What an improvement board oversees: inspections with judgements and findings, the improvement plan with its
-- priorities (refreshed after each visit, history kept), indicators with dated values, and the risk register.

create table inspection (
    id                  bigserial primary key,
    body_id             bigint        not null references body (id),
    kind                varchar(30)   not null,
    title               varchar(300)  not null,
    starts_on           date          not null,
    ends_on             date,
    focus_areas         text,
    overall_judgement   varchar(30),
    letter_published_on date,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    modified_at         timestamptz   not null default now()
);

create table inspection_judgement (
    id            bigserial primary key,
    inspection_id bigint        not null references inspection (id) on delete cascade,
    position      integer       not null,
    area          varchar(300)  not null,
    judgement     varchar(30)   not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    modified_at   timestamptz   not null default now()
);

create table inspection_finding (
    id            bigserial primary key,
    inspection_id bigint        not null references inspection (id) on delete cascade,
    number        integer       not null,
    kind          varchar(20)   not null,
    text          text          not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    modified_at   timestamptz   not null default now(),
    unique (inspection_id, number)
);

create table improvement_plan (
    id           bigserial primary key,
    body_id      bigint        not null references body (id),
    title        varchar(300)  not null,
    period       varchar(40)   not null,
    revision     integer       not null default 1,
    refreshed_on date,
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    modified_at  timestamptz   not null default now()
);

create table plan_priority (
    id          bigserial primary key,
    plan_id     bigint        not null references improvement_plan (id),
    number      integer       not null,
    title       varchar(300)  not null,
    description text,
    finding_id  bigint references inspection_finding (id),
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    modified_at timestamptz   not null default now(),
    unique (plan_id, number)
);

-- Each refresh keeps what the plan said before it: the priorities, their RAG roll-up and latest statements.
create table plan_revision (
    id            bigserial primary key,
    plan_id       bigint        not null references improvement_plan (id),
    revision      integer       not null,
    refreshed_on  date          not null,
    reason        varchar(1000) not null,
    inspection_id bigint references inspection (id),
    snapshot      text          not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    modified_at   timestamptz   not null default now(),
    unique (plan_id, revision)
);

alter table action add column priority_id bigint references plan_priority (id);
alter table action add column finding_id bigint references inspection_finding (id);
create index action_priority_idx on action (priority_id, status);
create index action_finding_idx on action (finding_id);

create table indicator (
    id                 bigserial primary key,
    body_id            bigint        not null references body (id),
    priority_id        bigint references plan_priority (id),
    name               varchar(300)  not null,
    unit               varchar(20)   not null,
    polarity           varchar(20)   not null,
    target             numeric(14, 2),
    rate_per           integer,
    population         integer,
    population_source  varchar(300),
    owner_agency_id    bigint        not null references agency (id),
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    modified_at        timestamptz   not null default now(),
    constraint indicator_rate_needs_population check (rate_per is null or population > 0)
);

create table indicator_value (
    id           bigserial primary key,
    indicator_id bigint         not null references indicator (id),
    as_at        date           not null,
    value        numeric(14, 2) not null,
    recorded_by  bigint references person (id),
    version      bigint         not null default 0,
    created_at   timestamptz    not null default now(),
    modified_at  timestamptz    not null default now(),
    unique (indicator_id, as_at)
);

create table risk (
    id              bigserial primary key,
    body_id         bigint        not null references body (id),
    title           varchar(300)  not null,
    description     text,
    owner_person_id bigint references person (id),
    owner_agency_id bigint        not null references agency (id),
    likelihood      integer       not null check (likelihood between 1 and 5),
    impact          integer       not null check (impact between 1 and 5),
    appetite        integer       not null default 12 check (appetite between 1 and 25),
    review_on       date          not null,
    closed          boolean       not null default false,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    modified_at     timestamptz   not null default now()
);

create table risk_mitigation (
    risk_id   bigint not null references risk (id) on delete cascade,
    action_id bigint not null references action (id),
    primary key (risk_id, action_id)
);
