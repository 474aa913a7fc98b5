-- Organisations taking part in the single window, and the users acting for them.
-- Every row carries its tenant; every query filters on it.

create table organisation (
    id          uuid primary key,
    tenant      varchar(8)   not null,
    kind        varchar(16)  not null check (kind in ('TRADER', 'CHAMBER', 'BROKERAGE', 'CUSTOMS', 'OPERATOR')),
    name        varchar(200) not null,
    identifier  varchar(64)  not null,
    country     varchar(2)      not null,
    version     bigint       not null default 0,
    constraint organisation_identifier_unique unique (tenant, identifier),
    -- lets members reference (id, tenant) so a member can only join an organisation of its own tenant
    constraint organisation_id_tenant unique (id, tenant)
);

create index organisation_tenant_name on organisation (tenant, name);

create table organisation_member (
    id               uuid primary key,
    tenant           varchar(8)   not null,
    username         varchar(255) not null,
    organisation_id  uuid         not null,
    version          bigint       not null default 0,
    constraint organisation_member_unique unique (tenant, username),
    constraint organisation_member_same_tenant foreign key (organisation_id, tenant)
        references organisation (id, tenant)
);

create index organisation_member_organisation on organisation_member (organisation_id);
