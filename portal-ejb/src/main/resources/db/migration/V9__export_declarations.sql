-- Export declarations as customs cleared them, recorded by customs officers on the customs screen
-- or from a file. A chamber compares an application with the declaration it quotes, found by its
-- number within the tenant and its exporter's identifier.
create table export_declaration (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    declaration_number   varchar(35)   not null,
    clearance_reference  varchar(35),
    declared_on          date          not null,
    exporter_identifier  varchar(64)   not null,
    exporter_name        varchar(200)  not null,
    consignee_name       varchar(200)  not null,
    consignee_country    varchar(2)    not null,
    entered_by           varchar(255)  not null,
    entered_at           timestamptz   not null,
    entered_through      varchar(8)    not null check (entered_through in ('SCREEN', 'FILE', 'API')),
    version              bigint        not null default 0,
    constraint export_declaration_number_unique unique (tenant, declaration_number)
);

create index export_declaration_exporter on export_declaration (tenant, exporter_identifier);
create index export_declaration_declared on export_declaration (tenant, declared_on desc);

create table export_declaration_line (
    declaration_id       uuid          not null references export_declaration (id) on delete cascade,
    line_index           int           not null,
    line_number          int           not null,
    hs_code              varchar(6)    not null,
    description          varchar(500)  not null,
    quantity             numeric(18,3) not null,
    unit_code            varchar(3)    not null,
    net_weight_kg        numeric(18,3) not null,
    primary key (declaration_id, line_index)
);
