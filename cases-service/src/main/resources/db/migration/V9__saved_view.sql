-- A staff member's saved view of the case list: a name and the list's query string (rebuilt from the
-- list's own parameters, never as sent; no page number). Personal: keyed by the username (the
-- token's preferred_username); saving a name again replaces its query.
create table saved_view (
    id          uuid primary key,
    owner       text        not null,
    name        text        not null check (length(name) between 1 and 60),
    query       text        not null check (length(query) <= 2000),
    created_at  timestamptz not null,
    -- also the index the list page reads a person's views by
    constraint saved_view_owner_name unique (owner, name)
);
