-- Applications for certificates of origin, their goods lines, their history, and issued certificates.

create table co_application (
    id                  uuid primary key,
    tenant              varchar(8)    not null,
    reference           varchar(32)   not null,
    exporter_id         uuid          not null,
    chamber_id          uuid,
    status              varchar(16)   not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED')),
    created_by          varchar(255)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    submitted_at        timestamptz,
    claimed_by          varchar(255),
    decided_by          varchar(255),
    decided_at          timestamptz,
    decision_reason     varchar(2000),
    consignee_name      varchar(200),
    consignee_address   varchar(500),
    consignee_country   varchar(2),
    producer_name       varchar(200),
    agreement_code      varchar(32),
    preferential        boolean       not null default true,
    transport_mode      varchar(2),
    transport_means     varchar(100),
    departure_date      date,
    loading_port        varchar(5),
    discharge_port      varchar(5),
    remarks             varchar(2000),
    version             bigint        not null default 0,
    constraint co_application_reference_unique unique (tenant, reference),
    constraint co_application_exporter foreign key (exporter_id, tenant) references organisation (id, tenant),
    constraint co_application_chamber foreign key (chamber_id, tenant) references organisation (id, tenant)
);

create index co_application_queue on co_application (tenant, chamber_id, status, submitted_at);
create index co_application_exporter_idx on co_application (tenant, exporter_id, updated_at desc);

create table co_application_item (
    application_id      uuid          not null references co_application (id) on delete cascade,
    line_no             int           not null,
    hs_code             varchar(6),
    description         varchar(500),
    marks               varchar(200),
    package_count       int,
    package_type        varchar(50),
    quantity            numeric(18,3),
    unit_code           varchar(3),
    gross_weight_kg     numeric(18,3),
    net_weight_kg       numeric(18,3),
    origin_criterion    varchar(16),
    invoice_number      varchar(64),
    invoice_date        date,
    invoice_value       numeric(18,2),
    currency            varchar(3),
    primary key (application_id, line_no)
);

create table co_application_event (
    id                  uuid primary key,
    application_id      uuid          not null references co_application (id) on delete cascade,
    at                  timestamptz   not null,
    actor               varchar(255)  not null,
    action              varchar(32)   not null,
    detail              varchar(2000)
);

create index co_application_event_application on co_application_event (application_id, at);

-- Certificate numbers are consecutive per tenant and year.
create table certificate_number_counter (
    tenant              varchar(8)    not null,
    year                int           not null,
    last_value          bigint        not null,
    primary key (tenant, year)
);

create table certificate (
    id                  uuid primary key,
    tenant              varchar(8)    not null,
    number              varchar(32)   not null,
    application_id      uuid          not null references co_application (id),
    exporter_id         uuid          not null,
    chamber_id          uuid          not null,
    status              varchar(16)   not null check (status in ('VALID', 'REPLACED', 'REVOKED')),
    issued_at           timestamptz   not null,
    issued_by           varchar(255)  not null,
    replaces_id         uuid references certificate (id),
    revoked_reason      varchar(2000),
    version             bigint        not null default 0,
    constraint certificate_number_unique unique (tenant, number)
);

create index certificate_exporter on certificate (tenant, exporter_id, issued_at desc);
