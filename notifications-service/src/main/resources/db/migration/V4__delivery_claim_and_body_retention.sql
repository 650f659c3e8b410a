-- Each email is recorded before and after its SMTP hand-off: the dispatcher claims a due row
-- (status SENDING, attempts + 1, claimed_at, lease_until) in one short transaction, hands it to the
-- SMTP server outside any transaction, and records SENT, FAILED or the next attempt in another. A
-- row still SENDING after its lease has run out belonged to a dispatcher that died mid-send: it is
-- claimed again and re-sent with the same Message-ID, which the recipient's mail system dedups.
alter table delivery add column claimed_at timestamptz;
alter table delivery add column lease_until timestamptz;
create index delivery_leased on delivery (lease_until) where status = 'SENDING';

-- Delivered emails' bodies are deleted after the retention period (redress.notifications.body-retention);
-- the row keeps its metadata (kind, reference, recipient, subject, status, times) for the delivery log.
alter table delivery add column bodies_deleted_at timestamptz;
create index delivery_bodies_to_delete on delivery (sent_at) where status = 'SENT' and bodies_deleted_at is null;
