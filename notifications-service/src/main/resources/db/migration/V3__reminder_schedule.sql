-- The latest version of each deadline cases-service told us about (deadline.* events): what the
-- reminders say and to whom. Personal data: owner and team (staff email addresses).
create table deadline (
    id                  uuid primary key,
    case_id             uuid,
    case_reference      text        not null,
    case_title          text,
    respondent          text,
    kind                text        not null,
    state               text        not null,
    due_at              timestamptz not null,
    zone                text        not null,
    explanation_summary text,
    owner               text,
    team                text,
    started_by_type     text,
    started_by_date     date,
    version             bigint      not null,
    updated_at          timestamptz not null
);

-- The reminder schedule: one row per reminder of a deadline version. SCHEDULED until the reminder
-- clock fires it (FIRED, with its deliveries queued in the same transaction), or until a newer
-- version replaces it (SUPERSEDED) or the deadline is met or cancelled (CANCELLED).
create table reminder (
    id               uuid primary key,
    deadline_id      uuid        not null references deadline (id),
    deadline_version bigint      not null,
    type             text        not null,
    due_at           timestamptz not null,
    status           text        not null,
    late             boolean     not null default false,
    created_at       timestamptz not null,
    fired_at         timestamptz
);
create index reminder_due on reminder (due_at) where status = 'SCHEDULED';
create index reminder_deadline on reminder (deadline_id);

-- Staff reminders go before complainant messages: the dispatcher takes the highest priority first.
alter table delivery add column priority integer not null default 0;
alter table delivery add column reminder_id uuid;
drop index delivery_due;
create index delivery_due on delivery (priority desc, next_attempt_at) where status = 'PENDING';
-- one email per reminder and recipient, whatever happens
create unique index delivery_per_reminder on delivery (reminder_id, recipient) where reminder_id is not null;

-- Staff members' choices: the language of their reminders (English when they have chosen none).
create table staff_member (
    email      text primary key,
    language   text        not null,
    updated_at timestamptz not null
);
