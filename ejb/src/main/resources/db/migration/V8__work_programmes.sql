-- Scrutiny work programmes: topics suggested for a municipal year, screened, selected by the panel, approved by
-- its parent body (through the ordinary referral of a decision), scheduled against meetings, reviewed with
-- evidence sessions, reported on with numbered recommendations, answered by the executive, carried out as actions.

create table wp_topic (
    id                    bigserial primary key,
    body_id               bigint        not null references body (id),
    municipal_year        integer       not null,
    title                 varchar(300)  not null,
    reason                text          not null,
    priority              varchar(300),
    kind                  varchar(20)   not null,
    status                varchar(20)   not null,
    suggested_by          varchar(200)  not null,
    suggester_kind        varchar(20)   not null,
    suggester_person_id   bigint references person (id),
    suggester_agency_id   bigint references agency (id),
    suggester_contact     varchar(300),
    from_address_hash     varchar(64),
    score_public_interest integer,
    score_impact          integer,
    score_performance     integer,
    score_context         integer,
    score_duplication     integer,
    screening_note        varchar(2000),
    selection_decision_id bigint references decision (id),
    approval_decision_id  bigint references decision (id),
    terms_of_reference    text,
    report_summary        text,
    report_published_on   date,
    version               bigint        not null default 0,
    created_at            timestamptz   not null default now(),
    modified_at           timestamptz   not null default now()
);
create index wp_topic_body_year_idx on wp_topic (body_id, municipal_year);
create index wp_topic_address_idx on wp_topic (from_address_hash, created_at);

create table wp_session (
    id          bigserial primary key,
    topic_id    bigint       not null references wp_topic (id),
    meeting_id  bigint       not null references meeting (id),
    item_id     bigint references agenda_item (id) on delete set null,
    purpose     varchar(20)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    modified_at timestamptz  not null default now(),
    unique (topic_id, meeting_id)
);

create table wp_witness (
    id          bigserial primary key,
    session_id  bigint       not null references wp_session (id) on delete cascade,
    name        varchar(200) not null,
    role        varchar(200),
    agency_id   bigint references agency (id),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    modified_at timestamptz  not null default now()
);

create table wp_recommendation (
    id                   bigserial primary key,
    topic_id             bigint        not null references wp_topic (id),
    number               integer       not null,
    text                 text          not null,
    addressed_agency_id  bigint references agency (id),
    response             varchar(20),
    response_reason      text,
    responded_on         date,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    modified_at          timestamptz   not null default now(),
    unique (topic_id, number)
);

alter table action add column recommendation_id bigint references wp_recommendation (id);
create index action_recommendation_idx on action (recommendation_id);
