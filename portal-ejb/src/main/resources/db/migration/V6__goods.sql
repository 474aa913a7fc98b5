-- Goods an exporter registers once (what it is, its HS code, why it originates, who makes it);
-- a chamber officer approves or rejects each. Only approved goods go on a certificate.
create table goods (
    id                uuid primary key,
    tenant            varchar(8)    not null,
    exporter_id       uuid          not null,
    description       varchar(500)  not null,
    hs_code           varchar(6)    not null,
    origin_criterion  varchar(16)   not null,
    producer_name     varchar(200)  not null,
    status            varchar(16)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    registered_by     varchar(255)  not null,
    registered_at     timestamptz   not null,
    decided_by        varchar(255),
    decision_reason   varchar(2000),
    version           bigint        not null default 0,
    constraint goods_exporter foreign key (exporter_id, tenant) references organisation (id, tenant)
);

create index goods_exporter_status on goods (tenant, exporter_id, status);
create index goods_pending on goods (tenant, status, registered_at);
