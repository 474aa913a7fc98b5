-- The signed documents of each issued certificate, written once in the issuing transaction:
-- the UBL 2.1 CertificateOfOrigin with its XAdES signature, the PDF rendering, and the
-- certificate of the key that signed it (DER), against which uploaded copies are checked.
create table certificate_document (
    certificate_id      uuid primary key references certificate (id),
    signed_xml          bytea         not null,
    pdf                 bytea         not null,
    signer_certificate  bytea         not null,
    created_at          timestamptz   not null
);

-- What a certificate needs from the application that the first form did not ask:
-- the consignee's business identifier (how the importing side finds its importer), the
-- country the goods pass through, if any, and the export declaration the shipment was cleared
-- under, which the chamber compares with the application.
alter table co_application add column consignee_identifier varchar(64);
alter table co_application add column transit_country varchar(2);
alter table co_application add column export_declaration_number varchar(35);
