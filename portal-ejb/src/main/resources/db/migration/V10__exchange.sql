-- Exchange with partner economies (issue #4). Each tenant keeps the economies it sends its
-- certificates to: where their single window listens (AS4), how it is named there, the
-- certificate it signs with (trusted explicitly, filled in later when not yet known) and which
-- documents it takes. One partner per economy and tenant.
create table exchange_partner (
    id                    uuid primary key,
    tenant                varchar(8)    not null,
    country               varchar(2)    not null,
    name                  varchar(200)  not null,
    endpoint_url          varchar(500)  not null,
    party_id              varchar(200)  not null,
    signing_certificate   bytea,
    takes_issued          boolean       not null default true,
    takes_replaced        boolean       not null default true,
    takes_revoked         boolean       not null default true,
    active                boolean       not null default true,
    version               bigint        not null default 0,
    constraint exchange_partner_country_unique unique (tenant, country)
);

-- The outbox: one row per certificate document to deliver, written in the same transaction as
-- the issue, replacement or revocation, so a committed certificate is always sent and a rolled
-- back one never is. The message id stays the same across every retry (duplicate elimination at
-- the partner). A sender claims due rows with "for update skip locked" and holds them for a lease
-- (claimed_by, claimed_until), so two portal nodes never send the same row at the same time.
create table exchange_message (
    id                uuid primary key,
    tenant            varchar(8)    not null,
    message_id        varchar(200)  not null,
    partner_id        uuid          not null references exchange_partner (id),
    certificate_id    uuid          not null references certificate (id),
    kind              varchar(16)   not null check (kind in ('ISSUED', 'REPLACED', 'REVOKED')),
    reason            varchar(2000),
    payload           bytea         not null,
    status            varchar(16)   not null check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED')),
    attempts          int           not null default 0,
    next_attempt_at   timestamptz   not null,
    last_error        varchar(2000),
    created_at        timestamptz   not null,
    sent_at           timestamptz,
    delivered_at      timestamptz,
    receipt           bytea,
    claimed_by        varchar(200),
    claimed_until     timestamptz,
    version           bigint        not null default 0,
    constraint exchange_message_id_unique unique (message_id)
);

-- what a sender looks for: rows still to deliver whose time has come
create index exchange_message_due on exchange_message (next_attempt_at) where status in ('QUEUED', 'SENT');
create index exchange_message_certificate on exchange_message (certificate_id);
create index exchange_message_tenant_status on exchange_message (tenant, status, created_at desc);
