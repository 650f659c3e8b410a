-- The secret address of each staff member's iCalendar feed. Only a SHA-256 hash of the secret is
-- kept, so the table does not give the feeds away; issuing a new secret replaces the old one.
create table calendar_feed (
    username    text        primary key,
    email       text        not null,      -- the feed lists the deadlines of the cases this address owns
    secret_hash bytea       not null unique,
    created_at  timestamptz not null
);
