-- When a calendar app last fetched each feed, so that staff can tell a feed in use from a forgotten
-- one before they replace or revoke it. Written at most once an hour per feed, not on every fetch.
alter table calendar_feed add column last_used_at timestamptz;
