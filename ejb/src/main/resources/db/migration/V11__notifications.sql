-- E-mail notifications: written in the same transaction as the event they announce (an outbox), delivered by a
-- scheduled sender that locks the rows it works on (two nodes never send one twice) and retries with back-off.
-- What a message says is decided when it is sent, for its recipient, so only the event and the person are kept.

create table notification (
    id             bigserial primary key,
    kind           varchar(40)  not null,
    person_id      bigint       not null references person (id),
    subject_id     bigint       not null,
    created_at     timestamptz  not null default now(),
    due_at         timestamptz  not null default now(),
    attempts       integer      not null default 0,
    last_error     varchar(500),
    sent_at        timestamptz,
    dropped        varchar(200)
);
create index notification_due_idx on notification (due_at) where sent_at is null and dropped is null;
create index notification_person_idx on notification (person_id, id);
