-- The certificates a partner's certificates of origin must be signed with (issue #4): the
-- partner's chambers' own certificates, or a CA certificate that issued theirs, each trusted
-- explicitly by the tenant's administrator. A received certificate whose signer is none of them,
-- nor issued by one, is refused. Each certificate once per partner, by its SHA-256 fingerprint.
create table partner_trusted_issuer (
    id            uuid primary key,
    partner_id    uuid           not null references exchange_partner (id),
    certificate   bytea          not null,
    subject       varchar(1000)  not null,
    fingerprint   varchar(64)    not null,
    not_after     timestamptz    not null,
    added_at      timestamptz    not null,
    added_by      varchar(255)   not null,
    constraint partner_trusted_issuer_unique unique (partner_id, fingerprint)
);
