-- What the importing customs filters received certificates by, taken from the document when it
-- arrives: the exporter and consignee named on it, its issue date and the certificate it replaces
-- (a replacement received later marks the earlier certificate as replaced). Rows received before
-- get the same values read from their stored XML.
alter table received_certificate add column exporter_name varchar(500);
alter table received_certificate add column consignee_name varchar(500);
alter table received_certificate add column issue_date date;
alter table received_certificate add column replaces_number varchar(100);

update received_certificate r set
    exporter_name = left((xpath('/coo:CertificateOfOrigin/cac:ExporterParty/cac:PartyName/cbc:Name/text()', d.doc, d.ns))[1]::text, 500),
    consignee_name = left((xpath('/coo:CertificateOfOrigin/cac:ImporterParty/cac:PartyName/cbc:Name/text()', d.doc, d.ns))[1]::text, 500),
    issue_date = ((xpath('/coo:CertificateOfOrigin/cbc:IssueDate/text()', d.doc, d.ns))[1]::text)::date,
    replaces_number = left((xpath('/coo:CertificateOfOrigin/cac:CertificateOfOriginApplication/cbc:PreviousJobID/text()', d.doc, d.ns))[1]::text, 100)
from (
    select id,
           xmlparse(document convert_from(payload, 'UTF8')) as doc,
           array[array['coo', 'urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2'],
                 array['cac', 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2'],
                 array['cbc', 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2']] as ns
    from received_certificate
) d
where d.id = r.id;

create index received_certificate_tenant_received on received_certificate (tenant, received_at desc);
create index received_certificate_replaces on received_certificate (tenant, replaces_number) where replaces_number is not null;

-- Where the portal reaches a member by e-mail and in which language: recorded when the member uses
-- the portal (the address from the sign-in token, the language chosen); used for notices such as a
-- delivery to a partner economy that failed for good.
alter table organisation_member add column email varchar(320);
alter table organisation_member add column language varchar(35);
