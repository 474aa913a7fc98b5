-- Every step of an import declaration, kept as it happened: created, submitted with its match
-- outcome, held, verification requested, cleared or preference refused, with who and why. The
-- declaration row itself only shows where it stands now; the certificate's timeline reads these.
create table import_declaration_event (
    declaration_id        uuid          not null references import_declaration (id) on delete cascade,
    event_index           int           not null,
    at                    timestamptz   not null,
    actor                 varchar(255)  not null,
    action                varchar(32)   not null,
    detail                varchar(2000),
    primary key (declaration_id, event_index)
);
