-- complaint_status_submitted (status, submitted_at desc) already serves the expiry of unconfirmed
-- complaints (status = 'RECEIVED' and submitted_at < cutoff); one index less to write per submission.
drop index complaint_unverified;
