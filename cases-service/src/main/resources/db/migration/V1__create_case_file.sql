-- Cases the organisation runs against a company (formal notice, DPA complaint, injunction, collective action).
create table case_file (
    id         uuid primary key,
    reference  text        not null unique,
    title      text        not null,
    status     text        not null,
    opened_at  timestamptz not null,
    version    bigint      not null
);
