-- Certificates received from partner economies over AS4 (issue #4). One row per AS4 message:
-- the message id is unique per receiving tenant, so a partner's retry or a replayed message, at
-- any later time and also after a restart, finds the row and gets the receipt again without a
-- second certificate. Stored in the transaction that answers; the receipt goes out after commit.
create table received_certificate (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    message_id           varchar(200)  not null,
    partner_id           uuid          not null references exchange_partner (id),
    certificate_number   varchar(100)  not null,
    kind                 varchar(16)   not null check (kind in ('ISSUED', 'REPLACED', 'REVOKED')),
    payload              bytea         not null,
    received_at          timestamptz   not null,
    constraint received_certificate_message_unique unique (tenant, message_id)
);

create index received_certificate_number on received_certificate (tenant, certificate_number);
