-- Tables of the shared platform module (org.redress.platform), the same in every service's database.
-- A repeatable migration: Flyway re-applies it when it changes, so every statement must be idempotent.

-- Transactional outbox: events written with the change they describe, published by OutboxRelay.
create table if not exists outbox_message (
    id           uuid primary key,
    address      text        not null,
    type         text        not null,
    subject      text,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
create index if not exists outbox_message_pending on outbox_message (created_at) where published_at is null;

-- Idempotent consumers: the id of every event a service has handled.
create table if not exists processed_event (
    event_id     uuid primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);
