-- Near-identical complaints share a group (issue 6). V10's key only joined texts that are equal once
-- case, punctuation and spacing are set aside; a sign-up that adds a sentence to the campaign's
-- suggested text formed a group of its own. Now, when a complaint is confirmed:
--   1. the exact key (V10's MD5 of company, category and normalised text) is taken if a complaint
--      already holds it: one probe of complaint_similarity, as before;
--   2. otherwise the complaint joins the group of the most similar group founder of the same
--      organisation (or typed-in company) and category whose text has a trigram similarity
--      (pg_trgm) of at least 0.8 with its own;
--   3. otherwise it founds a group of its own, keyed by its exact key.
-- Complaints are compared with each group's founder only (the first complaint of the group), not
-- with every member: a group cannot drift away from its first text one edit at a time, and a
-- campaign's 10,000 sign-ups are one candidate, not 10,000. Why 0.8: the suggested text of a campaign
-- with one or two personal sentences added scored 0.87-0.93 against it; other complaints about the
-- same company and topic scored 0.61 and below, and short complaints differing in one word
-- ("access request" / "erasure request") 0.77 (SimilarComplaintsTest).
-- pg_trgm and btree_gin are trusted extensions (PostgreSQL 13+): the database owner, or any user with
-- CREATE on the database, may create them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

-- The organisation, or the company typed in, as V10's key reads it.
create function complaint_company_key(organisation_id uuid, company text) returns text
    language sql immutable as $$
    select coalesce(organisation_id::text, lower(btrim(company)))
$$;

-- True for the one complaint per group whose text later complaints are compared with.
alter table complaint add column similarity_founder boolean not null default false;

-- Founders only, by company, category and trigrams: a lookup reads the founders of one company and
-- category whose texts share enough trigrams, and computes the similarity of those alone. Without
-- fastupdate: only founders are inserted, and a pending list would be read in full by every lookup
-- until the next vacuum (50 ms instead of 5 with 2,000 founders).
create index complaint_similarity_founder on complaint
    using gin (complaint_company_key(organisation_id, company), category, text gin_trgm_ops)
    with (fastupdate = off) where similarity_founder;

-- The group of the founder most similar to the text, among the same company and category; null if
-- none reaches the threshold (the % operator reads pg_trgm.similarity_threshold, set here). The
-- planner priced a sequential scan below the index (it cannot tell how few rows the trigrams select),
-- and that scan computes the similarity of every founder: 80 ms instead of 5 with 2,000 of them.
create function complaint_similar_group(self uuid, company_key text, own_category text, own_text text) returns uuid
    language sql volatile set pg_trgm.similarity_threshold = 0.8 set enable_seqscan = off as $$
    select f.similarity_key from complaint f
     where f.similarity_founder and complaint_company_key(f.organisation_id, f.company) = company_key
       and f.category = own_category and f.text % own_text and f.id <> self
     order by similarity(f.text, own_text) desc, f.verified_at, f.id
     limit 1
$$;

-- The group a confirmed complaint joins, or null when it founds its own.
create function complaint_existing_group(self uuid, exact uuid, company_key text, own_category text, own_text text)
    returns uuid language sql volatile as $$
    select coalesce((select exact from complaint where similarity_key = exact and id <> self limit 1),
                    complaint_similar_group(self, company_key, own_category, own_text))
$$;

create or replace function complaint_similarity() returns trigger language plpgsql as $$
declare
    exact uuid;
    company_key text;
    joined uuid;
begin
    if new.status in ('RECEIVED', 'ERASED') or new.text is null then
        new.similarity_key := null;
        new.similarity_founder := false;
    elsif tg_op = 'INSERT' or old.similarity_key is null or new.text is distinct from old.text
            or new.company is distinct from old.company or new.category is distinct from old.category
            or new.organisation_id is distinct from old.organisation_id then
        exact := complaint_similarity_key(new.organisation_id, new.company, new.category, new.text);
        company_key := complaint_company_key(new.organisation_id, new.company);
        joined := complaint_existing_group(new.id, exact, company_key, new.category, new.text);
        if joined is null then
            -- Founding a group: one at a time per company and category, then look again, so that two
            -- near-identical complaints confirmed at the same moment do not found two groups.
            perform pg_advisory_xact_lock(hashtext('complaint_similarity'), hashtext(company_key || '|' || new.category));
            joined := complaint_existing_group(new.id, exact, company_key, new.category, new.text);
        end if;
        new.similarity_founder := joined is null
            or (tg_op = 'UPDATE' and old.similarity_founder and joined = old.similarity_key);
        new.similarity_key := coalesce(joined, exact);
    end if;
    return new;
end
$$;

-- A founder erased (or moved to another group, or deleted) hands its group on to the earliest
-- remaining member, so that later sign-ups still find the group. After the statement's rows are
-- written, so that a statement changing many complaints never changes a row twice.
create function complaint_similarity_successor() returns trigger language plpgsql as $$
begin
    update complaint set similarity_founder = true
     where id = (select id from complaint where similarity_key = old.similarity_key and id <> old.id
                  order by verified_at, id limit 1)
       and not exists (select 1 from complaint where similarity_key = old.similarity_key and similarity_founder);
    return null;
end
$$;

create trigger complaint_similarity_successor after update on complaint
    for each row when (old.similarity_founder
                    and (not new.similarity_founder or new.similarity_key is distinct from old.similarity_key))
    execute function complaint_similarity_successor();

create trigger complaint_similarity_successor_of_deleted after delete on complaint
    for each row when (old.similarity_founder)
    execute function complaint_similarity_successor();

-- Existing complaints regrouped in the order they were confirmed, as if each were confirmed now:
-- edited sign-ups join their campaign's group; each group's key is its first complaint's exact key,
-- so the exact groups of V10 keep their keys.
update complaint set similarity_key = null where similarity_key is not null;

do $$
declare
    confirmed record;
begin
    for confirmed in select id from complaint where status not in ('RECEIVED', 'ERASED') and text is not null
                      order by verified_at nulls last, submitted_at, id loop
        update complaint set similarity_key = null where id = confirmed.id;
    end loop;
end
$$;
