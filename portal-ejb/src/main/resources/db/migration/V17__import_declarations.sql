-- The importing economy clears goods against a received certificate (issue #5).
--
-- The importer names the customs broker (a brokerage organisation of its tenant) on its case. The
-- broker files an import declaration quoting the certificate: a draft first (it may be incomplete),
-- then submitted, when it is matched against the certificate and the result is kept with it: the
-- outcome, which rules ran, were switched off or could not run, and each difference. Customs then
-- clears it, holds it, refuses the preference or asks the issuing chamber to verify the origin.
alter table import_case
    add column broker_id           uuid references organisation (id),
    add column broker_assigned_by  varchar(255),
    add column broker_assigned_at  timestamptz;

create index import_case_broker on import_case (broker_id, opened_at);

create table import_declaration (
    id                    uuid primary key,
    tenant                varchar(8)    not null,
    case_id               uuid          not null references import_case (id),
    broker_id             uuid          not null references organisation (id),
    declaration_number    varchar(35)   not null,
    certificate_number    varchar(100)  not null,
    agreement_code        varchar(16),
    importer_identifier   varchar(64),
    exporter_name         varchar(200),
    exporter_identifier   varchar(64),
    shipment_date         date,
    invoice_references    varchar(1000),
    status                varchar(24)   not null check (status in
                            ('DRAFT', 'SUBMITTED', 'HELD', 'VERIFICATION_REQUESTED', 'CLEARED', 'PREFERENCE_REFUSED')),
    entered_through       varchar(8)    not null check (entered_through in ('SCREEN', 'API')),
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    submitted_by          varchar(255),
    submitted_at          timestamptz,
    declared_on           date,
    match_outcome         varchar(16)   check (match_outcome in ('MATCHED', 'DIFFERENCES')),
    rules_run             varchar(1000),
    rules_off             varchar(1000),
    rules_not_run         varchar(1000),
    decided_by            varchar(255),
    decided_at            timestamptz,
    decision_reason       varchar(2000),
    version               bigint        not null,
    constraint import_declaration_number_unique unique (tenant, declaration_number),
    constraint import_declaration_submitted check (status = 'DRAFT' or (submitted_at is not null and match_outcome is not null))
);

create index import_declaration_queue on import_declaration (tenant, status, submitted_at);
create index import_declaration_case on import_declaration (case_id);
create index import_declaration_broker on import_declaration (broker_id, updated_at);

-- a draft's lines may be incomplete; submission requires every field
create table import_declaration_line (
    declaration_id        uuid          not null references import_declaration (id) on delete cascade,
    line_index            int           not null,
    line_number           int           not null,
    hs_code               varchar(12),
    description           varchar(500),
    quantity              numeric(18,3),
    unit_code             varchar(3),
    net_weight_kg         numeric(18,3),
    preference_claimed    boolean       not null,
    certificate_line      int,
    primary key (declaration_id, line_index)
);

create table import_declaration_difference (
    declaration_id        uuid          not null references import_declaration (id) on delete cascade,
    difference_index      int           not null,
    declaration_line      int,
    certificate_line      int,
    rule                  varchar(32)   not null,
    expected              varchar(500),
    found                 varchar(500),
    reason                varchar(1000) not null,
    primary key (declaration_id, difference_index)
);
