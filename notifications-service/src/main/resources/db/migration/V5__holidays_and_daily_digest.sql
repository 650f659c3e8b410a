-- The jurisdiction of each deadline (ISO 3166-1 alpha-2, from cases-service's deadline events):
-- "N working days before" skips its public holidays. Null for deadlines whose events did not carry
-- it (weekends only).
alter table deadline add column jurisdiction text;

-- The daily digest: a staff member opts in and names the zone of their 08:00 (null: the configured
-- default zone).
alter table staff_member add column digest boolean not null default false;
alter table staff_member add column zone text;

-- One row per staff member and local day whose digest was handled, inserted in the transaction that
-- queues the digest email: two instances, or a restart, never send a second digest that day. Kept a
-- few days only (personal data: the address).
create table digest_sent (
    email   text        not null,
    day     date        not null,
    sent_at timestamptz not null,
    primary key (email, day)
);

-- What a digest reads: the unresolved deadlines of the cases a staff member owns or whose team they are in.
create index deadline_digest_owner on deadline (lower(owner), due_at) where state not in ('MET', 'CANCELLED');
create index deadline_digest_team on deadline (lower(team), due_at) where state not in ('MET', 'CANCELLED');
