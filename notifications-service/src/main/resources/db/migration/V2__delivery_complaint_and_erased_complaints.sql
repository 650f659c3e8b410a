-- Emails about a complaint name it, so that erasing the complaint erases the complainant here too.
alter table delivery add column complaint_id uuid;
create index delivery_complaint on delivery (complaint_id);

-- Complaints erased by their complainant (or expired unconfirmed): a notification request for one of
-- them that arrives late is not sent. Holds no personal data, only the complaint's random id.
create table erased_complaint (
    complaint_id uuid primary key,
    erased_at    timestamptz not null
);
