-- Every time a staff member opens complainants' personal data: one complaint (its page or the API),
-- one of its files, or a campaign's list of mandates. Who, what, when; never personal data in detail.
-- Staff changes of complaints are in complaint_audit.
create table staff_access (
    id           uuid        primary key,
    actor        text        not null,
    action       text        not null,
    complaint_id uuid        references complaint (id) on delete cascade,
    detail       text,
    at           timestamptz not null
);
create index staff_access_complaint on staff_access (complaint_id, at) where complaint_id is not null;
create index staff_access_at on staff_access (at);
