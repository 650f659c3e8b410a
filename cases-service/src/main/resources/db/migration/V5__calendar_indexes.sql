-- The month calendar reads every deadline (whatever its state) and every hearing due in a month.
create index deadline_due_at on deadline (due_at);
create index step_hearing_at on step (hearing_at) where hearing_at is not null;
