-- Each running notifications-service instance keeps a row here and renews beat_at every second or
-- so (redress.notifications.heartbeat-every). A claimed email (SENDING) names the instance that
-- claimed it; once that instance's heartbeat is older than instance-stale-after (it was killed), or
-- its row is gone (it stopped), any live instance sends the email again with the same Message-ID,
-- without waiting for the claim's lease. beat_at is the database's clock, so the instances' clocks
-- never have to agree.
create table instance_heartbeat (
    id uuid primary key,
    started_at timestamptz not null,
    beat_at timestamptz not null
);

alter table delivery add column claimed_by uuid;
