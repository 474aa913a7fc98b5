-- AS4 messages the receiving endpoint refused (issue #4): what came, from whom, for which tenant,
-- and why, so the tenant administrator sees refusals on the exchange screen and not only in the
-- server log. The tenant is empty when the message named no single window served here.
create table refused_message (
    id            uuid primary key,
    tenant        varchar(8),
    message_id    varchar(200),
    from_party    varchar(200),
    error_code    varchar(32)    not null,
    reason        varchar(2000)  not null,
    remote_addr   varchar(100),
    refused_at    timestamptz    not null
);

create index refused_message_tenant on refused_message (tenant, refused_at desc);
