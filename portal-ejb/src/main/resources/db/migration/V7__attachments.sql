-- Documents attached to an application (invoice, packing list, ...), checked on upload.
create table co_application_attachment (
    id               uuid primary key,
    application_id   uuid          not null references co_application (id) on delete cascade,
    kind             varchar(32)   not null check (kind in ('INVOICE', 'PACKING_LIST', 'BILL_OF_LADING', 'OTHER')),
    filename         varchar(255)  not null,
    content_type     varchar(100)  not null,
    size_bytes       int           not null,
    content          bytea         not null,
    uploaded_by      varchar(255)  not null,
    uploaded_at      timestamptz   not null
);

create index co_application_attachment_application on co_application_attachment (application_id, uploaded_at);
