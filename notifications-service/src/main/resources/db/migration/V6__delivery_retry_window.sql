-- Transient failures are retried until retry_until (the first transient failure + retry-for, 24 h by
-- default), not for a number of attempts; a staff retry of a failed email starts a new window.
alter table delivery add column retry_until timestamptz;
