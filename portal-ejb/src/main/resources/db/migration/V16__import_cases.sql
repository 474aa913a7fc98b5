-- What the importing economy does with a certificate a partner delivered (issue #5): one import case
-- per certificate number and tenant, opened in the transaction that stores the delivery. It names the
-- importer (the tenant's trading company whose identifier is the consignee's; none: the tenant
-- administrator assigns one), how far the importer got, and what became of the certificate since
-- (a revocation or replacement received later updates the same case, never opens a second one).
create table import_case (
    id                    uuid primary key,
    tenant                varchar(8)    not null,
    certificate_number    varchar(100)  not null,
    partner_id            uuid          not null references exchange_partner (id),
    received_id           uuid          not null references received_certificate (id),
    importer_id           uuid          references organisation (id),
    status                varchar(16)   not null check (status in ('UNASSIGNED', 'NEW', 'ACCEPTED')),
    certificate_state     varchar(16)   not null check (certificate_state in ('VALID', 'REPLACED', 'REVOKED')),
    replaced_by           varchar(100),
    opened_at             timestamptz   not null,
    accepted_by           varchar(255),
    accepted_at           timestamptz,
    version               bigint        not null,
    constraint import_case_number_unique unique (tenant, certificate_number),
    constraint import_case_importer_known check (status = 'UNASSIGNED' or importer_id is not null)
);

create index import_case_importer on import_case (importer_id, status);
create index import_case_unassigned on import_case (tenant, opened_at) where status = 'UNASSIGNED';
