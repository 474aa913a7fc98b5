-- DEVELOPMENT ONLY (applied with PORTAL_DEMO_DATA=true), like R__demo_organisations.
-- The demo broker software of every tenant (Keycloak client broker-system) acts for the tenant's demo brokerage.
-- Runs after R__demo_organisations (repeatable migrations run in the order of their descriptions).
insert into organisation_member (id, tenant, username, organisation_id) select 'd5ad77d2-b7a2-5b87-9ae6-24bc1af6c8d1', 'kr', 'service-account-broker-system', m.organisation_id from organisation_member m where m.tenant = 'kr' and m.username = 'broker' on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) select '6e04ba41-956f-5ffe-945f-8d9bf6da9640', 'tw', 'service-account-broker-system', m.organisation_id from organisation_member m where m.tenant = 'tw' and m.username = 'broker' on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) select '3f2ff36e-e4d4-540e-bc69-91740570395b', 'nz', 'service-account-broker-system', m.organisation_id from organisation_member m where m.tenant = 'nz' and m.username = 'broker' on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) select '99222ffe-663d-5ff0-be46-f82d7b7b3643', 'cn', 'service-account-broker-system', m.organisation_id from organisation_member m where m.tenant = 'cn' and m.username = 'broker' on conflict do nothing;
