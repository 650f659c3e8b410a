-- The public face of the cases that complaints are part of, from cases-service's case events:
-- what the status page shows a complainant about "their" case. No personal data.
create table case_update (
    case_reference text        not null,
    version        bigint      not null,
    status         text        not null,
    title          text,
    public_summary text,
    changed_at     timestamptz not null,
    primary key (case_reference, version)
);
