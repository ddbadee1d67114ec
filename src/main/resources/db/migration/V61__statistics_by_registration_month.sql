-- The monthly summary tables without the month of effect (issue 11, dashboard at 1,000,000 contracts).
-- stats_month_flow/stats_month_dim kept one row per registration month AND month of effect: at a million contracts
-- almost every (registration month, month of effect) pair exists, so they hardly compressed the ledger (1.3 M dim
-- rows for 1.1 M ledger rows) and every dashboard summed them all. The new tables keep, per registration month, the
-- sum of EVERY booked step, whatever its effective date; a query as of D subtracts the ledger's steps with
-- effective_on > D (few: future-dated changes, and registrations after D). Same figures to the fen, far fewer rows.
create table stats_reg_flow (
  reg_month     date          not null,
  seller_region varchar(6),
  buyer_region  varchar(6),
  d_count       bigint        not null,
  d_total       numeric(18,2) not null,
  d_tech        numeric(18,2) not null,
  unique nulls not distinct (reg_month, seller_region, buyer_region)
);

create table stats_reg_dim (
  reg_month date          not null,
  side      char(1)       not null check (side in ('S','B')),
  region    varchar(6),
  dim       varchar(16)   not null,
  val       varchar(32)   not null,
  d_count   bigint        not null,
  d_total   numeric(18,2) not null,
  d_tech    numeric(18,2) not null,
  unique nulls not distinct (reg_month, side, region, dim, val)
);
-- a scope of a few codes (a city) reads by region; a large one (a province) by month and a hash of its codes
create index stats_reg_dim_region_idx on stats_reg_dim (side, region, reg_month);
create index stats_reg_flow_seller_idx on stats_reg_flow (seller_region, reg_month);
create index stats_reg_flow_buyer_idx on stats_reg_flow (buyer_region, reg_month);

insert into stats_reg_flow (reg_month, seller_region, buyer_region, d_count, d_total, d_tech)
select reg_month, seller_region, buyer_region, sum(d_count), sum(d_total), sum(d_tech)
from stats_month_flow group by 1, 2, 3;
insert into stats_reg_dim (reg_month, side, region, dim, val, d_count, d_total, d_tech)
select reg_month, side, region, dim, val, sum(d_count), sum(d_total), sum(d_tech)
from stats_month_dim group by 1, 2, 3, 4, 5;

drop table stats_month_flow;
drop table stats_month_dim;
