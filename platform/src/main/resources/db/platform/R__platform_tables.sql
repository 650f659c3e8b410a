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

-- Access log (org.redress.platform.access.StaffAccessLog): each time staff open personal data (a
-- complaint, a file, a list of mandates, the delivery log): who, what, about what, when. Never
-- personal data in detail. Staff changes go to each service's own audit tables.
create table if not exists staff_access (
    id      uuid        primary key,
    actor   text        not null,
    action  text        not null,
    subject uuid,
    detail  text,
    at      timestamptz not null
);
create index if not exists staff_access_subject on staff_access (subject, at) where subject is not null;
create index if not exists staff_access_at on staff_access (at);
