-- The turnover between parties by registration month rolled up to cities (the rule of V63: a county counts under its
-- city). A scope whose parts are whole cities (a province by city, 成德眉资 by member) reads a few thousand city
-- pairs here instead of every district pair of stats_reg_flow. Written by the same statement as stats_reg_flow.
create table stats_city_flow (
  reg_month   date          not null,
  seller_city varchar(6),
  buyer_city  varchar(6),
  d_count     bigint        not null,
  d_total     numeric(18,2) not null,
  d_tech      numeric(18,2) not null,
  unique nulls not distinct (reg_month, seller_city, buyer_city)
);

insert into stats_city_flow (reg_month, seller_city, buyer_city, d_count, d_total, d_tech)
select f.reg_month, case when rs.level = 3 then rs.parent_code else f.seller_region end,
  case when rb.level = 3 then rb.parent_code else f.buyer_region end, sum(f.d_count), sum(f.d_total), sum(f.d_tech)
from stats_reg_flow f left join region rs on rs.code = f.seller_region left join region rb on rb.code = f.buyer_region
group by 1, 2, 3;
