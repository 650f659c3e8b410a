-- The complaint's reference comes from the INSERT itself (a column default) instead of a separate
-- "select nextval" round trip per submission. RC-<year, UTC>-<number, at least 6 digits>.
create function next_complaint_reference() returns text language sql volatile as $$
    select 'RC-' || to_char(now() at time zone 'UTC', 'YYYY') || '-'
           || case when n < 1000000 then lpad(n::text, 6, '0') else n::text end
    from nextval('complaint_reference_seq') as n
$$;

alter table complaint alter column reference set default next_complaint_reference();
