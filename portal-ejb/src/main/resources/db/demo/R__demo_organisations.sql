-- DEVELOPMENT ONLY: demo organisations and the demo users acting for them (password `demo` in
-- realm-config). Applied only when PORTAL_DEMO_DATA=true; safe to run again (fixed ids, on conflict do nothing).

insert into organisation (id, tenant, kind, name, identifier, country) values ('19940e3a-ecb2-5e49-8383-dcaaa8b6ef32', 'kr', 'TRADER', 'Hanbit Trading Co.', 'KR-EXP-1208145678', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('2b8173cd-8194-5067-82bb-3f1262a0af43', 'kr', 'exporter', '19940e3a-ecb2-5e49-8383-dcaaa8b6ef32') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('2317804d-706f-5848-8eff-aab422a79a60', 'kr', 'TRADER', 'Seoul Import Corp.', 'KR-IMP-2208112345', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('2e68fe0c-3088-5c70-8c8d-10a761d7bbeb', 'kr', 'importer', '2317804d-706f-5848-8eff-aab422a79a60') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('80f757d1-16b3-574a-8131-29b0871ea04c', 'kr', 'CHAMBER', 'Korea Chamber of Commerce and Industry', 'KR-CHB-KCCI', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('e0ae3815-a73f-55f9-b3d4-35b5258f1058', 'kr', 'officer', '80f757d1-16b3-574a-8131-29b0871ea04c') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('1198a9f0-b49b-5865-bde0-468cfc1b92a7', 'kr', 'BROKERAGE', 'Hangang Customs Brokerage', 'KR-BRK-0417', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('f32f9af7-893e-5216-b0af-b9327ed9fdc6', 'kr', 'broker', '1198a9f0-b49b-5865-bde0-468cfc1b92a7') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('69a6a233-a4f5-5710-8e68-92ebbaa02bac', 'kr', 'CUSTOMS', 'Korea Customs Service', 'KR-CUS-KCS', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('9b02328f-4129-5d92-b699-06d4599ab200', 'kr', 'customs', '69a6a233-a4f5-5710-8e68-92ebbaa02bac') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('71976f46-d5ea-5314-8deb-85b1d2f99130', 'kr', 'OPERATOR', 'KTNET Single Window', 'KR-OPR-SW', 'KR') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('51fc5870-3bd7-5b82-a9f7-466904495836', 'kr', 'admin', '71976f46-d5ea-5314-8deb-85b1d2f99130') on conflict do nothing;

insert into organisation (id, tenant, kind, name, identifier, country) values ('bbf1e203-db64-5bf8-aa79-b02ead5d8cbe', 'tw', 'TRADER', 'Formosa Precision Industries', 'TW-EXP-24536806', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('ae25d67c-2c9f-552c-b555-13b2708da982', 'tw', 'exporter', 'bbf1e203-db64-5bf8-aa79-b02ead5d8cbe') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('58aeba4d-8d44-5f6d-bc7e-8c82f93d0953', 'tw', 'TRADER', 'Taipei Harbour Imports', 'TW-IMP-53212539', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('43f71eca-9fc2-542e-9b8e-26fc5e8da2db', 'tw', 'importer', '58aeba4d-8d44-5f6d-bc7e-8c82f93d0953') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('5a084b08-0082-5852-a528-8a09b6375bad', 'tw', 'CHAMBER', 'General Chamber of Commerce of Taiwan', 'TW-CHB-GCCT', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('ea11b750-a196-57a3-8084-47974c14bb6c', 'tw', 'officer', '5a084b08-0082-5852-a528-8a09b6375bad') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('8a1257b5-c7b8-5e76-b5b6-9210617aa050', 'tw', 'BROKERAGE', 'Keelung Customs Brokers', 'TW-BRK-0233', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('6f7744ef-b6bc-5add-a312-39f8748b31d1', 'tw', 'broker', '8a1257b5-c7b8-5e76-b5b6-9210617aa050') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('b616cabd-2d35-5fcf-9c9f-3f5437c7bbea', 'tw', 'CUSTOMS', 'Customs Administration, Ministry of Finance', 'TW-CUS-CA', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('195deb17-2ffd-50c2-ad75-7ecb1cc03e0e', 'tw', 'customs', 'b616cabd-2d35-5fcf-9c9f-3f5437c7bbea') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('ab266603-3542-563d-97c4-e240ecf0bf32', 'tw', 'OPERATOR', 'Trade-Van Single Window', 'TW-OPR-SW', 'TW') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('cfbcd9bf-2fec-512d-bdf4-183fbcbcbd12', 'tw', 'admin', 'ab266603-3542-563d-97c4-e240ecf0bf32') on conflict do nothing;

insert into organisation (id, tenant, kind, name, identifier, country) values ('3b8b22d9-77f0-5975-a334-fbfc032191bc', 'nz', 'TRADER', 'Kiwi Orchard Exports Ltd', 'NZ-EXP-9429041234567', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('9394bd95-2f69-5fde-89f3-0ba4f8da7f43', 'nz', 'exporter', '3b8b22d9-77f0-5975-a334-fbfc032191bc') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('7d824a04-d28b-5a52-affd-c3eb78ba015a', 'nz', 'TRADER', 'Auckland Fine Foods Ltd', 'NZ-IMP-9429047654321', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('08d130ef-6966-58c9-a6b6-33a8ac306ef7', 'nz', 'importer', '7d824a04-d28b-5a52-affd-c3eb78ba015a') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('cd3fbb99-a5e6-5d23-b231-e137e64a7a6f', 'nz', 'CHAMBER', 'Auckland Chamber of Commerce', 'NZ-CHB-ACC', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('379698a7-bf4f-57ac-acbc-5f65600113de', 'nz', 'officer', 'cd3fbb99-a5e6-5d23-b231-e137e64a7a6f') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('e858c7ae-4cee-594c-af7d-1492b97ef310', 'nz', 'BROKERAGE', 'Harbourside Customs Brokers', 'NZ-BRK-0188', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('e31a8d03-8f51-59f3-9994-4096d6303d3c', 'nz', 'broker', 'e858c7ae-4cee-594c-af7d-1492b97ef310') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('b79fc9fd-2cf9-51f9-adde-fd4191009d37', 'nz', 'CUSTOMS', 'New Zealand Customs Service', 'NZ-CUS-NZCS', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('bfc91251-5bf1-53ad-a663-d940649ce442', 'nz', 'customs', 'b79fc9fd-2cf9-51f9-adde-fd4191009d37') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('fc0032b8-bd13-5255-8beb-7377bcd9636f', 'nz', 'OPERATOR', 'Trade Single Window NZ', 'NZ-OPR-SW', 'NZ') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('84446b64-a3ec-526e-a011-a65cdd493326', 'nz', 'admin', 'fc0032b8-bd13-5255-8beb-7377bcd9636f') on conflict do nothing;

insert into organisation (id, tenant, kind, name, identifier, country) values ('b1f4c302-c6bd-5e55-b387-dc8257817095', 'cn', 'TRADER', 'Shanghai Eastern Machinery Co., Ltd.', 'CN-EXP-91310000MA1K', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('2ffd64ff-a426-5d46-a7da-38cb85fe1f31', 'cn', 'exporter', 'b1f4c302-c6bd-5e55-b387-dc8257817095') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('38442924-01c0-52c9-806c-5eb4000913f3', 'cn', 'TRADER', 'Shenzhen Pearl Import Co., Ltd.', 'CN-IMP-91440300MA5F', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('f7a8ebd5-6704-5db9-b1ad-830f95524d52', 'cn', 'importer', '38442924-01c0-52c9-806c-5eb4000913f3') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('870cc2e0-563f-55b0-9095-cc3d919ca546', 'cn', 'CHAMBER', 'CCPIT Shanghai', 'CN-CHB-CCPIT', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('b7cfcc35-8969-51cc-8718-6972d3164cf7', 'cn', 'officer', '870cc2e0-563f-55b0-9095-cc3d919ca546') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('268710f0-dc17-53a8-826d-1c399cbc10c7', 'cn', 'BROKERAGE', 'Ningbo Customs Brokerage', 'CN-BRK-0571', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('a44a1a4a-ead6-5020-8b46-fbb5c9d793af', 'cn', 'broker', '268710f0-dc17-53a8-826d-1c399cbc10c7') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('b42205aa-3e85-5ac7-b165-bd66246aff25', 'cn', 'CUSTOMS', 'General Administration of Customs', 'CN-CUS-GACC', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('6566b50a-dbf1-557c-9021-07596de2ec9b', 'cn', 'customs', 'b42205aa-3e85-5ac7-b165-bd66246aff25') on conflict do nothing;
insert into organisation (id, tenant, kind, name, identifier, country) values ('a4fdeade-9c55-516e-ba54-7593ec008dd1', 'cn', 'OPERATOR', 'China International Trade Single Window', 'CN-OPR-SW', 'CN') on conflict do nothing;
insert into organisation_member (id, tenant, username, organisation_id) values ('d6757594-37c7-5746-88ae-e06c6dfdcf78', 'cn', 'admin', 'a4fdeade-9c55-516e-ba54-7593ec008dd1') on conflict do nothing;

-- The demo exporters sign their own applications.
insert into signatory (id, tenant, organisation_id, username, full_name, position, registered_by, registered_at) select '557fd63d-5561-5586-9662-8f266607d5a2', 'kr', m.organisation_id, 'exporter', 'Minjun Kim', 'Export Manager', 'demo', now() from organisation_member m where m.tenant = 'kr' and m.username = 'exporter' on conflict do nothing;
insert into signatory (id, tenant, organisation_id, username, full_name, position, registered_by, registered_at) select 'fde3f996-fc5d-51a3-856a-34966d78bd54', 'tw', m.organisation_id, 'exporter', 'Chia-Hao Chen', 'Export Manager', 'demo', now() from organisation_member m where m.tenant = 'tw' and m.username = 'exporter' on conflict do nothing;
insert into signatory (id, tenant, organisation_id, username, full_name, position, registered_by, registered_at) select '3e7624e0-7205-5e82-9265-9e883872d82d', 'nz', m.organisation_id, 'exporter', 'Aroha Ngata', 'Export Manager', 'demo', now() from organisation_member m where m.tenant = 'nz' and m.username = 'exporter' on conflict do nothing;
insert into signatory (id, tenant, organisation_id, username, full_name, position, registered_by, registered_at) select '5c6f0bc2-34cd-5f54-92b2-ee18f79b1acd', 'cn', m.organisation_id, 'exporter', 'Wei Zhang', 'Export Manager', 'demo', now() from organisation_member m where m.tenant = 'cn' and m.username = 'exporter' on conflict do nothing;
