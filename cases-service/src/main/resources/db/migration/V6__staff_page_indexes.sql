-- Indexes for the staff pages at 100,000 cases and 1,000,000 deadlines (bench/cases.sh).

-- Dashboard, "overdue and missed": deadlines due before now that were missed or are still running,
-- latest first; the count reads the index only (case_id for the closed-case check).
create index if not exists deadline_overdue on deadline (due_at, case_id) where state in ('MISSED', 'OPEN', 'EXTENDED');
-- Dashboard, "due in the next 7 days", counted from the index alone.
create index if not exists deadline_running_due_at_case on deadline (due_at, case_id) where state in ('OPEN', 'EXTENDED');
drop index if exists deadline_running_due_at;
-- Closed cases are left out of the dashboard: a small index of them.
create index if not exists case_file_closed on case_file (id) where status = 'CLOSED';

-- Case list: the sort orders, and the filters that had none.
create index if not exists case_file_opened_at on case_file (opened_at);
create index if not exists case_file_updated_at on case_file (updated_at);
create index if not exists case_file_title on case_file (title);
create index if not exists case_file_respondent on case_file (respondent, opened_at);
create index if not exists case_file_jurisdiction_status on case_file (jurisdiction, status);
create index if not exists case_file_owner_updated_at on case_file (owner, updated_at);
drop index if exists case_file_owner;
-- Search by reference or title (lower(...) like '%text%'): trigram indexes. pg_trgm is a trusted
-- extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index if not exists case_file_title_trgm on case_file using gin (lower(title) gin_trgm_ops);
create index if not exists case_file_reference_trgm on case_file using gin (lower(reference) gin_trgm_ops);
