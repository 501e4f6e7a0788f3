-- The minute of each agenda item, every saved version of it, and the resolutions it records.

create table minute (
    id          bigserial primary key,
    item_id     bigint      not null unique references agenda_item (id) on delete cascade,
    text_html   text        not null default '',
    revision    integer     not null default 0,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    modified_at timestamptz not null default now()
);

-- Every acknowledged save, and every save that lost a race (kept so its author's words are never lost).
create table minute_version (
    id          bigserial primary key,
    minute_id   bigint       not null references minute (id) on delete cascade,
    revision    integer      not null,
    text_html   text         not null,
    kind        varchar(20)  not null,
    saved_by    bigint references person (id),
    saved_at    timestamptz  not null,
    note        varchar(500)
);
create index minute_version_minute_idx on minute_version (minute_id, id);
