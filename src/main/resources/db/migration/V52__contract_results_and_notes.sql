-- The results (科技成果 listings) a contract conveys, when it was drafted from a deal; and the registrar's last
-- request for supplementary material (补正), shown to the registrant.
create table contract_result (
  contract_id bigint not null references tech_contract(id) on delete cascade,
  listing_id  bigint not null references listing(id),
  primary key (contract_id, listing_id)
);
alter table tech_contract add column supplement_note varchar(1000);
