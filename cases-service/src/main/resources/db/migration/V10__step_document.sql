-- A document uploaded to a step of a case (the letter sent, the authority's acknowledgement, the
-- company's reply): its bytes and what is known about them. Its type is decided from the content
-- (platform's FilePolicy: application/pdf, image/png, image/jpeg, text/plain), never from the name.
create table step_document (
    id           uuid primary key,
    step_id      uuid        not null references step (id),
    case_id      uuid        not null references case_file (id),
    file_name    text        not null check (length(file_name) between 1 and 255), -- as uploaded, path cut off; shown escaped, sent back quoted
    media_type   text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       bytea       not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
-- the case page lists each step's documents, oldest first
create index step_document_case on step_document (case_id, uploaded_at);
create index step_document_step on step_document (step_id);
