-- Full-text search serves staff triage, which sees confirmed complaints only. Computing the
-- tsvector (and its GIN entries) at every submission cost about a third of PostgreSQL's intake
-- capacity in the intake benchmark; it is now computed when a complaint is confirmed (or its text
-- changes after that), by a trigger, and cleared when it is erased. Unconfirmed complaints are not
-- searchable.
alter table complaint drop column search;   -- the generated column, and its index with it
alter table complaint add column search tsvector;

create function complaint_search_vector() returns trigger language plpgsql as $$
begin
    if new.status in ('RECEIVED', 'ERASED') or new.text is null then
        new.search := null;
    elsif tg_op = 'INSERT' or old.search is null
            or new.text is distinct from old.text or new.language is distinct from old.language then
        new.search := to_tsvector(case new.language when 'de' then 'german'::regconfig
                                                    when 'fr' then 'french'::regconfig
                                                    else 'english'::regconfig end,
                                  new.text);
    end if;
    return new;
end
$$;

create trigger complaint_search_vector before insert or update on complaint
    for each row execute function complaint_search_vector();

update complaint set search = to_tsvector(case language when 'de' then 'german'::regconfig
                                                       when 'fr' then 'french'::regconfig
                                                       else 'english'::regconfig end, text)
    where status not in ('RECEIVED', 'ERASED') and text is not null;

-- only confirmed complaints have entries; "search @@ query" implies "search is not null"
create index complaint_search on complaint using gin (search) where search is not null;
