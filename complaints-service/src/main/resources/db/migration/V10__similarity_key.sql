-- Similar complaints for the triage desk: complaints about the same company and category whose
-- texts are the same once case, punctuation, spacing and line breaks are set aside
-- share a similarity key (an MD5 of company, category and the normalised text, as a uuid). A
-- campaign's 10,000 sign-ups with its suggested text then form one group, counted from one index.
-- Like the search vector (V7) it is computed when a complaint is confirmed, not at submission, and
-- cleared when the complaint is erased.
create function complaint_similarity_key(organisation_id uuid, company text, category text, text text)
    returns uuid language sql immutable as $$
    select md5(coalesce(organisation_id::text, lower(btrim(company))) || '|' || category || '|'
               || btrim(regexp_replace(lower(coalesce(text, '')), '[^[:alnum:]]+', ' ', 'g')))::uuid
$$;

alter table complaint add column similarity_key uuid;

create function complaint_similarity() returns trigger language plpgsql as $$
begin
    if new.status in ('RECEIVED', 'ERASED') or new.text is null then
        new.similarity_key := null;
    elsif tg_op = 'INSERT' or old.similarity_key is null or new.text is distinct from old.text
            or new.company is distinct from old.company or new.category is distinct from old.category
            or new.organisation_id is distinct from old.organisation_id then
        new.similarity_key := complaint_similarity_key(new.organisation_id, new.company, new.category, new.text);
    end if;
    return new;
end
$$;

create trigger complaint_similarity before insert or update on complaint
    for each row execute function complaint_similarity();

update complaint set similarity_key = complaint_similarity_key(organisation_id, company, category, text)
    where status not in ('RECEIVED', 'ERASED') and text is not null;

create index complaint_similarity on complaint (similarity_key, status) where similarity_key is not null;

-- A selection of complaints handed to cases-service's new-case form; the complaints are linked to
-- the case when the staff member who made it confirms, back on the triage desk. Purged after a day.
create table triage_selection (
    id            uuid        primary key,
    created_by    text        not null,
    created_at    timestamptz not null,
    complaint_ids uuid[]      not null
);
