-- DEVELOPMENT ONLY: a second customs brokerage in every tenant, so an importer has a choice of broker
-- and tests can show that one brokerage never sees the cases of another. Its member `broker2` has no
-- login in the realm files (the services' tests act as it). Applied only when PORTAL_DEMO_DATA=true;
-- safe to run again (fixed ids, on conflict do nothing).

insert into organisation (id, tenant, kind, name, identifier, country) values ('f3f38893-a04b-5c21-8f71-972be980c768', 'kr', 'BROKERAGE', 'Incheon Port Customs Agency', 'KR-BRK-0528', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('2791cecd-f5b7-5091-a46c-3806afb208ba', 'kr', 'broker2', 'f3f38893-a04b-5c21-8f71-972be980c768') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('e70ed6d4-a17e-56a4-bc3e-fedae7234aec', 'tw', 'BROKERAGE', 'Tamsui Customs Agents', 'TW-BRK-0391', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('010fc7a7-726b-5865-b32d-6255aeeafad3', 'tw', 'broker2', 'e70ed6d4-a17e-56a4-bc3e-fedae7234aec') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('b8b530ef-10cf-58e0-90f5-a973199cd292', 'nz', 'BROKERAGE', 'Southern Cross Customs Agents', 'NZ-BRK-0254', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('6e586b7e-a42d-5cd5-8815-54cf7a20e8b8', 'nz', 'broker2', 'b8b530ef-10cf-58e0-90f5-a973199cd292') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('24379c46-a2d7-58eb-90bd-ccb72bdc29a2', 'cn', 'BROKERAGE', 'Qingdao Harbour Customs Agency', 'CN-BRK-0532', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('0855b259-10f9-5e3d-9e77-7828bccda5a6', 'cn', 'broker2', '24379c46-a2d7-58eb-90bd-ccb72bdc29a2') on conflict do nothing;

update organisation_member set email = username || '@' || tenant || '.eco.example' where email is null and username = 'broker2';
