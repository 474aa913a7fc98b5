-- Verification of origin and what became of a certificate, told across the same AS4 channel as the
-- certificates themselves (issue #5). The outbox now also carries messages about a certificate
-- number rather than a certificate of this side: a verification request (importing customs to the
-- issuing chamber), its answer (back), and the usage (customs granted or refused the preference).
alter table exchange_message alter column certificate_id drop not null;
alter table exchange_message add column certificate_number varchar(100);
alter table exchange_message alter column kind type varchar(24);
alter table exchange_message drop constraint exchange_message_kind_check;
alter table exchange_message add constraint exchange_message_kind_check
    check (kind in ('ISSUED', 'REPLACED', 'REVOKED', 'VERIFICATION_REQUEST', 'VERIFICATION_ANSWER', 'USAGE'));
alter table exchange_message add constraint exchange_message_about
    check (certificate_id is not null or certificate_number is not null);

-- Every clearance message a partner delivered, as it arrived: the message id is unique per receiving
-- tenant, so a retry or replay stores nothing twice and gets its receipt again.
create table received_clearance_message (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    message_id           varchar(200)  not null,
    partner_id           uuid          not null references exchange_partner (id),
    kind                 varchar(24)   not null check (kind in ('VERIFICATION_REQUEST', 'VERIFICATION_ANSWER', 'USAGE')),
    certificate_number   varchar(100)  not null,
    payload              bytea         not null,
    received_at          timestamptz   not null,
    constraint received_clearance_message_unique unique (tenant, message_id)
);

create index received_clearance_message_time on received_clearance_message (tenant, received_at desc);

-- Importing side: customs asked the issuing chamber to verify the origin of the certificate a
-- declaration quotes; the answer is filled in when it comes back.
create table origin_verification (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    declaration_id       uuid          not null references import_declaration (id),
    certificate_number   varchar(100)  not null,
    partner_id           uuid          not null references exchange_partner (id),
    question             varchar(2000) not null,
    asked_by             varchar(255)  not null,
    asked_at             timestamptz   not null,
    message_id           varchar(200)  not null,
    result               varchar(16)   check (result in ('CONFIRMED', 'NOT_CONFIRMED')),
    answer_text          varchar(2000),
    answered_by          varchar(255),
    answered_at          timestamptz,
    answer_received_id   uuid          references received_clearance_message (id),
    version              bigint        not null,
    constraint origin_verification_answered check (result is null or (answered_at is not null and answer_received_id is not null))
);

create index origin_verification_declaration on origin_verification (declaration_id, asked_at);
create index origin_verification_number on origin_verification (tenant, certificate_number);

-- Issuing side: a partner's customs asks the chamber that issued a certificate to verify its origin;
-- the chamber's officers answer it.
create table verification_request (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    received_id          uuid          not null unique references received_clearance_message (id),
    request_ref          varchar(100)  not null,
    partner_id           uuid          not null references exchange_partner (id),
    chamber_id           uuid          not null references organisation (id),
    certificate_id       uuid          not null references certificate (id),
    certificate_number   varchar(100)  not null,
    requesting_customs   varchar(200),
    declaration_number   varchar(35),
    question             varchar(2000) not null,
    asked_at             timestamptz   not null,
    received_at          timestamptz   not null,
    result               varchar(16)   check (result in ('CONFIRMED', 'NOT_CONFIRMED')),
    answer_text          varchar(2000),
    answered_by          varchar(255),
    answered_at          timestamptz,
    answer_message_id    varchar(200),
    version              bigint        not null,
    constraint verification_request_answered check (result is null or (answered_at is not null and answer_text is not null))
);

create index verification_request_chamber on verification_request (chamber_id, received_at);
create index verification_request_certificate on verification_request (certificate_id);

-- Issuing side: what the importing customs decided on a certificate (preference granted or refused).
create table certificate_usage (
    id                   uuid primary key,
    tenant               varchar(8)    not null,
    received_id          uuid          not null unique references received_clearance_message (id),
    partner_id           uuid          not null references exchange_partner (id),
    certificate_id       uuid          not null references certificate (id),
    certificate_number   varchar(100)  not null,
    outcome              varchar(24)   not null check (outcome in ('PREFERENCE_GRANTED', 'PREFERENCE_REFUSED')),
    decided_on           date          not null,
    economy              varchar(2)    not null,
    customs              varchar(200),
    reason               varchar(2000),
    received_at          timestamptz   not null
);

create index certificate_usage_certificate on certificate_usage (certificate_id, received_at);
