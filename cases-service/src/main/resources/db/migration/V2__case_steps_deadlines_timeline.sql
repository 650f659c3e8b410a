-- The case file as data, its legal steps, its deadlines, its timeline and its linked complaints.

-- CASE-2026-0042: the number comes from this sequence, the year from the day the case is opened.
create sequence case_reference_seq;

-- The walking skeleton's columns stay; the new ones are nullable only where the law allows it.
alter table case_file
    add column respondent     text,                        -- the company, e.g. Meta Platforms Ireland Ltd
    add column subject        text,
    add column legal_grounds  text[] not null default '{}', -- e.g. {"GDPR Art. 6(1)(f)","GDPR Art. 21"}
    add column jurisdiction   text,                        -- ISO 3166-1 alpha-2, e.g. AT
    add column authority      text,                        -- the authority or court
    add column owner          text,                        -- the owner's email address
    add column team           text,                        -- the team's mailbox
    add column tags           varchar[] not null default '{}', -- varchar: Hibernate's array_contains compares varchar arrays
    add column public_summary text,                        -- complainants may see this
    add column escalation     text,                        -- INJUNCTION, DPA_COMPLAINT, COLLECTIVE_ACTION while ESCALATED
    add column updated_at     timestamptz;
update case_file set respondent = '', jurisdiction = 'AT', updated_at = opened_at where respondent is null;
alter table case_file
    alter column respondent set not null,
    alter column jurisdiction set not null,
    alter column updated_at set not null;
create index case_file_status on case_file (status);
create index case_file_owner on case_file (owner);
create index case_file_tags on case_file using gin (tags);

-- One legal step of a case: typed, dated, with its documents' references and type-specific facts.
create table step (
    id                 uuid primary key,
    case_id            uuid        not null references case_file (id),
    type               text        not null,
    occurred_on        date        not null,
    description        text,
    documents          text[]      not null default '{}',
    authority_reference text,                -- complaint filed with an authority: its own reference
    court              text,                 -- injunction, collective action
    court_case_number  text,                 -- injunction
    hearing_at         timestamptz,          -- injunction
    opt_in_deadline    date,                 -- collective action
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create index step_case_id on step (case_id, occurred_on);

-- A deadline: computed from an event and a period under Regulation 1182/71, or a manual due instant.
create table deadline (
    id                  uuid primary key,
    case_id             uuid        not null references case_file (id),
    started_by_step_id  uuid references step (id),  -- the step that opened it, if one did
    started_by_step_type text,
    started_by_step_on  date,
    kind                text        not null,
    runs_from           date        not null,  -- the day of the event (not counted, Art. 3(1))
    period_amount       integer,               -- null for a manual due instant
    period_unit         text,
    extendable_amount   integer,               -- e.g. GDPR Art. 12(3): by two further months
    extendable_unit     text,
    jurisdiction        text        not null,
    zone                text        not null,
    state               text        not null,  -- OPEN, MET, MISSED, EXTENDED, CANCELLED
    due_at              timestamptz not null,
    explanation         jsonb,                 -- the calculator's structured explanation
    explanation_summary text        not null,  -- its one line
    legal_basis         text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null
);
create index deadline_case_id on deadline (case_id);
-- the missed-deadline clock looks for the earliest running deadline
create index deadline_running_due_at on deadline (due_at) where state in ('OPEN', 'EXTENDED');

-- The timeline: every change to a case, a step or a deadline, who made it, when, and what changed.
create table audit_entry (
    id          bigserial primary key,
    case_id     uuid        not null references case_file (id),
    at          timestamptz not null,
    actor       text        not null,  -- the staff member's username, or "system"
    subject     text        not null,  -- CASE, STEP, DEADLINE
    subject_id  uuid        not null,
    action      text        not null,  -- e.g. case.updated, deadline.extended
    changes     jsonb       not null   -- {"title": {"from": "...", "to": "..."}}
);
create index audit_entry_case_id on audit_entry (case_id, id);

-- Complaints linked to a case, kept in step with complaints-service's complaint.linked events.
-- Only the complaint's id and reference: no personal data.
create table linked_complaint (
    complaint_id uuid primary key,
    case_id      uuid        not null references case_file (id),
    reference    text        not null,
    version      bigint      not null,
    linked_at    timestamptz not null
);
create index linked_complaint_case_id on linked_complaint (case_id);
