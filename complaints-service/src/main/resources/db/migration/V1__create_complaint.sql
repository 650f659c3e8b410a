-- Complaints submitted by the public. Personal data: name, email, text.
create sequence complaint_reference_seq;

create table complaint (
    id           uuid primary key,
    reference    text        not null unique,
    name         text        not null,
    email        text        not null,
    company      text        not null,
    text         text        not null,
    language     text        not null,
    status       text        not null,
    submitted_at timestamptz not null,
    version      bigint      not null
);
