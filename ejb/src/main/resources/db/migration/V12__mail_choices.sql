-- Each person's choice of mail: per body, at once or off; per kind of message, stopped by its unsubscribe link.
-- Unsubscribe links carry a random token (one per message), so they work without signing in and reveal nothing.

create table mail_choice (
    person_id  bigint      not null references person (id),
    body_id    bigint      not null references body (id),
    mode       varchar(20) not null,
    primary key (person_id, body_id)
);

create table mail_stop (
    person_id  bigint      not null references person (id),
    kind       varchar(40) not null,
    stopped_at timestamptz not null default now(),
    primary key (person_id, kind)
);

create table mail_unsubscribe (
    token      varchar(64) primary key,
    person_id  bigint      not null references person (id),
    kind       varchar(40) not null,
    created_at timestamptz not null default now()
);
