-- The public may follow a public body's agendas and minutes by e-mail: an address subscribes, a message with a link
-- confirms it (double opt-in), and the same random token in every later message stops it with one click. Requests
-- are counted per address and per network address, so the form cannot be used to flood someone's mailbox.
create table public_subscription (
    id             bigserial primary key,
    email          varchar(320) not null,
    body_id        bigint       not null references body (id),
    token          varchar(64)  not null unique,
    requested_at   timestamptz  not null default now(),
    requested_from varchar(64),
    confirmed_at   timestamptz,
    stopped_at     timestamptz
);
create index public_subscription_body_idx on public_subscription (body_id)
    where confirmed_at is not null and stopped_at is null;
create index public_subscription_email_idx on public_subscription (email, requested_at);
create index public_subscription_from_idx on public_subscription (requested_from, requested_at);

-- A message goes to a person or to a public subscription, never both.
alter table notification alter column person_id drop not null;
alter table notification add column subscription_id bigint references public_subscription (id);
alter table notification add constraint notification_one_recipient
    check ((person_id is null) <> (subscription_id is null));
