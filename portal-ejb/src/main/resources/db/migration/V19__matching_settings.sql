-- Each tenant's rules for matching import declarations against received certificates (issue #5):
-- the text its administrator keeps (see MatchingConfiguration), who saved it last and when. A
-- tenant without a row matches by the built-in defaults.
create table matching_settings (
    tenant       varchar(8)    primary key,
    rules_text   varchar(20000) not null,
    updated_by   varchar(255)  not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);
