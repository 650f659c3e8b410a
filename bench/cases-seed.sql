-- bench/cases.sh: 100,000 cases with 1,000,000 deadlines (and their steps, timeline and linked
-- complaints) in the cases-service's own schema, created by its Flyway migrations beforehand.
-- Deterministic (setseed); a few thousand rows a second per table is far too slow, so every table
-- is filled by one INSERT ... SELECT over generate_series.
--   psql -v cases=100000 -v deadlines_per_case=10 -f bench/cases-seed.sql
\set ON_ERROR_STOP on
select setseed(0.42);
set synchronous_commit = off;

-- 100,000 cases: 10 jurisdictions, 500 respondents, 50 owners (bob@redress.local owns 1 in 50),
-- (status, jurisdiction and owner independent of each other),
-- statuses weighted towards the running ones, 1-2 of 20 tags, opened over the last four years.
insert into case_file (id, reference, title, status, opened_at, version, respondent, subject, legal_grounds,
                       jurisdiction, authority, owner, team, tags, public_summary, escalation, updated_at)
select md5('case-' || i)::uuid,
       format('CASE-%s-%s', 2022 + i % 5, lpad(i::text, 6, '0')),
       format('Formal notice to Company %s over %s (%s)', i % 500, (array['AI training', 'tracking cookies',
           'access request', 'data breach', 'dark patterns'])[1 + i % 5], i),
       s.status,
       now() - make_interval(days => i % 1460),
       0,
       'Company ' || (i % 500) || ' Ltd',
       'Processing of users'' data without a legal basis',
       array['GDPR Art. 6(1)(f)', 'GDPR Art. 21'],
       (array['AT', 'DE', 'IE', 'FR', 'NL', 'BE', 'ES', 'IT', 'PL', 'SE'])[1 + i % 10],
       'Data protection authority',
       case when (i / 7) % 50 = 0 then 'bob@redress.local' else 'staff' || ((i / 7) % 50) || '@redress.local' end,
       'team' || (i % 5) || '@redress.local',
       case when i % 3 = 0 then array['tag' || (i % 20), 'tag' || ((i / 20) % 20)]::varchar[]
            else array['tag' || (i % 20)]::varchar[] end,
       'We sent the company a formal notice.',
       case when s.status = 'ESCALATED' then 'INJUNCTION' end,
       now() - make_interval(days => i % 1460) + make_interval(days => i % 30)
from generate_series(1, :cases) as i
cross join lateral (select (array['OPEN', 'FORMAL_NOTICE_SENT', 'AWAITING_RESPONSE', 'AWAITING_RESPONSE', 'ESCALATED',
        'ESCALATED', 'SETTLED', 'WON', 'LOST', 'CLOSED'])[1 + (i / 10 + i / 3) % 10] as status) s;
select setval('case_reference_seq', :cases + 1);

-- Two steps a case, one in ten an injunction with a hearing (the calendar shows hearings).
insert into step (id, case_id, type, occurred_on, description, documents, court, court_case_number, hearing_at,
                  recorded_by, recorded_at)
select md5('step-' || i || '-' || k)::uuid, md5('case-' || i)::uuid,
       case when k = 2 and i % 10 = 0 then 'INJUNCTION_FILED' when k = 1 then 'FORMAL_NOTICE_SENT' else 'NOTE' end,
       (now() - make_interval(days => i % 1460) + make_interval(days => k * 7))::date,
       'Step ' || k, array['DMS-' || i || '-' || k],
       case when k = 2 and i % 10 = 0 then 'Landesgericht' end,
       case when k = 2 and i % 10 = 0 then 'Cg ' || i end,
       case when k = 2 and i % 10 = 0 then now() + make_interval(days => (i % 730) - 365, hours => 9) end,
       'bob', now() - make_interval(days => i % 1460)
from generate_series(1, :cases) as i, generate_series(1, 2) as k;

-- 10 deadlines a case. Due from a year back to a year ahead; past ones met (70 %), cancelled (20 %)
-- or missed (10 %); coming ones open (90 %) or extended.
insert into deadline (id, case_id, kind, runs_from, period_amount, period_unit, jurisdiction, zone, state, due_at,
                      explanation, explanation_summary, legal_basis, created_at, updated_at, version)
select md5('deadline-' || i || '-' || k)::uuid, md5('case-' || i)::uuid,
       (array['COMPANY_RESPONSE', 'FILING', 'AUTHORITY_REPLY', 'APPEAL', 'HEARING', 'ACCESS_REQUEST_REPLY', 'OPT_IN',
           'OTHER'])[1 + (i + k) % 8],
       d.due::date - 7, 1, 'WEEKS',
       (array['AT', 'DE', 'IE', 'FR', 'NL', 'BE', 'ES', 'IT', 'PL', 'SE'])[1 + i % 10],
       (array['Europe/Vienna', 'Europe/Berlin', 'Europe/Dublin', 'Europe/Paris', 'Europe/Amsterdam', 'Europe/Brussels',
           'Europe/Madrid', 'Europe/Rome', 'Europe/Warsaw', 'Europe/Stockholm'])[1 + i % 10],
       case when d.due < now() then (case when d.r < 0.7 then 'MET' when d.r < 0.9 then 'CANCELLED' else 'MISSED' end)
            else (case when d.r < 0.9 then 'OPEN' else 'EXTENDED' end) end,
       d.due,
       '{"rule": "Art. 3(2)(c)", "steps": []}'::jsonb,
       to_char(d.due::date - 7, 'FMDD Mon YYYY') || ' + 1 week → ' || to_char(d.due, 'Dy FMDD Mon YYYY') || ' 24:00; Art. 3(2)(c)',
       'Formal notice', now() - interval '400 days', now() - interval '400 days', 0
from generate_series(1, :cases) as i, generate_series(1, :deadlines_per_case) as k
cross join lateral (select date_trunc('day', now()) + make_interval(days => ((i * 37 + k * 101) % 730) - 365)
        + interval '23 hours 59 minutes 59.999 seconds' as due, random() as r) d;

-- The timeline: three entries a case.
insert into audit_entry (case_id, at, actor, subject, subject_id, action, changes)
select md5('case-' || i)::uuid, now() - make_interval(days => i % 1460) + make_interval(hours => k),
       'bob', 'CASE', md5('case-' || i)::uuid, (array['case.opened', 'step.recorded', 'deadline.opened'])[k],
       '{"status": {"from": null, "to": "OPEN"}}'::jsonb
from generate_series(1, :cases) as i, generate_series(1, 3) as k;

-- One case in ten has linked complaints (two each).
insert into linked_complaint (complaint_id, case_id, reference, version, linked_at)
select md5('complaint-' || i || '-' || k)::uuid, md5('case-' || i)::uuid, format('RC-2026-%s-%s', i, k), 1, now()
from generate_series(10, :cases, 10) as i, generate_series(1, 2) as k;

vacuum analyze;
select (select count(*) from case_file) as cases, (select count(*) from deadline) as deadlines,
       (select count(*) from step) as steps, (select count(*) from audit_entry) as timeline_entries;
