-- Shipping documents the importer hands over with an accepted import case (issue #5): invoice, bill
-- of lading, packing list or another document, each a PDF, PNG or JPEG file checked on upload. The
-- importer's users and the broker named on the case read them; the importer may remove one.
create table import_case_document (
    id               uuid primary key,
    case_id          uuid          not null references import_case (id) on delete cascade,
    kind             varchar(32)   not null check (kind in ('INVOICE', 'PACKING_LIST', 'BILL_OF_LADING', 'OTHER')),
    filename         varchar(255)  not null,
    content_type     varchar(100)  not null,
    size_bytes       int           not null,
    content          bytea         not null,
    uploaded_by      varchar(255)  not null,
    uploaded_at      timestamptz   not null
);

create index import_case_document_case on import_case_document (case_id, uploaded_at);
