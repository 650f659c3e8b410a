-- A formal notice (cases-service) goes out from the organisation's own address, with a reply address
-- of its case and the letter as a PDF attachment; other emails leave all three empty (the mailer's
-- default sender, no Reply-To, no attachment). recipient may name several addresses, comma-separated.
alter table delivery add column sender text;
alter table delivery add column reply_to text;
alter table delivery add column attachment_count integer not null default 0;

-- Personal data where the email's bodies are: deleted with them at the end of the retention period,
-- and with the delivery row.
create table delivery_attachment (
    delivery_id  uuid    not null references delivery (id) on delete cascade,
    position     integer not null,
    file_name    text    not null,
    content_type text    not null,
    content      bytea   not null,
    primary key (delivery_id, position)
);
