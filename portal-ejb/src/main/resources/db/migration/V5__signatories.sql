-- People an exporter has registered as allowed to sign (and so submit) its applications.
create table signatory (
    id               uuid primary key,
    tenant           varchar(8)    not null,
    organisation_id  uuid          not null,
    username         varchar(255)  not null,
    full_name        varchar(200)  not null,
    position         varchar(100)  not null,
    registered_by    varchar(255)  not null,
    registered_at    timestamptz   not null,
    constraint signatory_unique unique (tenant, organisation_id, username),
    constraint signatory_organisation foreign key (organisation_id, tenant) references organisation (id, tenant)
);
