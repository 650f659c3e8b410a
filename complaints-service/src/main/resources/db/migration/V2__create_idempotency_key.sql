-- The Idempotency-Key of a public write, with a fingerprint of its request and its first answer, so
-- that a retry gets the same answer. Written in the same transaction as what the request created.
create table idempotency_key (
    key             text        primary key,
    request_hash    bytea       not null,  -- SHA-256 of the request body as parsed
    response_status integer,               -- null only inside the transaction that claims the key
    response_body   text,
    created_at      timestamptz not null
);

-- for the purge of expired keys
create index idempotency_key_created_at on idempotency_key (created_at);
