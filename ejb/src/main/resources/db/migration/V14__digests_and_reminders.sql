-- Digests: a message for someone who chose a daily or weekly digest of a body's mail waits, marked with the digest,
-- until the digest's morning; the sender then gathers all of that person's waiting messages into one.
alter table notification add column digest varchar(10);
create index notification_digest_idx on notification (person_id, due_at) where digest is not null and sent_at is null
    and dropped is null;

-- Reminders about actions: one row per action, kind and day it was reminded. The key makes the daily round run once
-- across nodes (an insert that finds its row taken writes no message) and keeps an overdue action to one a week.
create table action_reminder (
    action_id   bigint      not null references action (id),
    kind        varchar(40) not null,
    due_on      date        not null,
    reminded_on date        not null,
    primary key (action_id, kind, reminded_on)
);
