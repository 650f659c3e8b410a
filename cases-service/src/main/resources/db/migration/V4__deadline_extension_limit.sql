-- The latest instant an extendable deadline may be extended to (e.g. GDPR Art. 12(3): one month,
-- extendable by two further months), computed from the same event when the deadline is opened.
alter table deadline add column extension_limit_at timestamptz;
