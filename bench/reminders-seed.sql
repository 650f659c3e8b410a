-- bench/reminders.sh: :n deadlines whose response period ends at :'due', one "period ended"
-- reminder each, owned by a staff member of their own (<phase>-<i>@bench.redress.example) so that
-- each reminder is one email. Stored as the deadline events would store them.
insert into deadline (id, case_reference, case_title, respondent, kind, state, due_at, zone, explanation_summary,
                      owner, started_by_type, started_by_date, version, updated_at)
select md5(:'phase' || '-' || i)::uuid, 'RC-BENCH-' || :'phase' || '-' || i, 'Bench case ' || i,
       'Meta Platforms Ireland Ltd.', 'COMPANY_RESPONSE', 'OPEN', :'due'::timestamptz, 'Europe/Vienna',
       '7 days from the formal notice', :'phase' || '-' || i || '@bench.redress.example', 'FORMAL_NOTICE',
       current_date - 7, 1, now()
from generate_series(1, :n) i;

insert into reminder (id, deadline_id, deadline_version, type, due_at, status, created_at)
select gen_random_uuid(), md5(:'phase' || '-' || i)::uuid, 1, 'ENDED', :'due'::timestamptz, 'SCHEDULED', now()
from generate_series(1, :n) i;
