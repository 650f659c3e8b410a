-- A staff note on a case: Markdown as typed, who wrote it and when. Written once, never changed
-- (a correction is another note); rendered to safe HTML when shown, never stored as HTML.
create table case_note (
    id          uuid primary key,
    case_id     uuid        not null references case_file (id),
    body        text        not null check (length(body) between 1 and 20000),
    author      text        not null,
    written_at  timestamptz not null
);
-- the case page lists a case's notes newest first
create index case_note_case_id on case_note (case_id, written_at desc);
