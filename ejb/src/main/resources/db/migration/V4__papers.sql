-- Committee reports attached to agenda items, and the files that go with them. Files live in the database so
-- every node of a cluster serves the same bytes.

create table paper (
    id                  bigserial primary key,
    item_id             bigint       not null references agenda_item (id) on delete cascade,
    report_of           varchar(300) not null,
    submitted_to        varchar(300) not null,
    report_date         date         not null,
    title               varchar(500) not null,
    report_for          varchar(20)  not null,
    key_decision        boolean      not null default false,
    urgent              boolean      not null default false,
    strategic_priority  varchar(300),
    protective_marking  varchar(30)  not null default 'OFFICIAL',
    summary             text,
    recommendations     text,
    background_papers   text,
    late                boolean      not null default false,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    modified_at         timestamptz  not null default now()
);
create index paper_item_idx on paper (item_id);

create table attachment (
    id            bigserial primary key,
    paper_id      bigint       not null references paper (id) on delete cascade,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    revision      integer      not null,
    replaces_id   bigint references attachment (id),
    superseded    boolean      not null default false,
    late          boolean      not null default false,
    uploaded_by   bigint references person (id),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    modified_at   timestamptz  not null default now()
);
create index attachment_paper_idx on attachment (paper_id);
