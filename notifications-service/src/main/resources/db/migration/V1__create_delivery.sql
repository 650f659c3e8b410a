-- Every email notifications-service sends or will send, and what became of it (the delivery log).
-- Personal data: recipient, bodies.
create table delivery (
    id              uuid primary key,
    message_id      text        not null unique,
    kind            text        not null,
    reference       text,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    last_error      text,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    event_id        uuid
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
