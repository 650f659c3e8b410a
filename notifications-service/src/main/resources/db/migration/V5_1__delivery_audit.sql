-- Who did what to an email from the staff pages (a retry of a failed email, so far): the staff
-- member's username, never the recipient.
create table delivery_audit (
    id          bigserial   primary key,
    delivery_id uuid        not null,
    action      text        not null,
    actor       text        not null,
    at          timestamptz not null,
    detail      text
);
create index delivery_audit_delivery on delivery_audit (delivery_id);
-- The delivery log's filters, newest first.
create index delivery_log_created on delivery (created_at desc);
create index delivery_log_reference on delivery (reference, created_at desc);
