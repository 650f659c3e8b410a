-- A case's own reply address: case+<token>@<domain>, given to the case with its first formal notice
-- sent by email, so that a company's answer can be told apart from every other mail (a table of its
-- own: giving a case its address is not an edit of the case, and does not change its version).
create table case_reply_address (
    case_id uuid primary key references case_file (id),
    token   text not null unique
);

-- Each formal notice sent by email through notifications-service: what went out (the letter's PDF is
-- attached to the FORMAL_NOTICE_SENT step once the mail server accepted it), to whom, and what became
-- of it. message_id is the Message-ID the email carries, which replies quote (In-Reply-To).
create table notice_dispatch (
    id           uuid        primary key,
    case_id      uuid        not null references case_file (id),
    language     text        not null,
    subject      text        not null,
    recipients   text        not null,  -- the company's addresses, comma-separated
    message_id   text        not null unique,
    reply_to     text        not null,
    file_name    text        not null,
    pdf          bytea       not null,
    status       text        not null,  -- SENDING, SENT, FAILED
    requested_by text        not null,
    requested_at timestamptz not null,
    sent_at      timestamptz,
    error        text,
    step_id      uuid
);
create index notice_dispatch_case on notice_dispatch (case_id, requested_at);
