-- The breakdowns by registration month rolled up to cities: a county's rows count under its city (region.level 3 →
-- parent_code), any other region under itself. A scope made of whole cities (a city, a province, 成德眉资) reads a
-- few dozen keys here instead of every district's rows in stats_reg_dim; a scope that cuts a city (a district,
-- 万达开's two Chongqing districts) still reads stats_reg_dim. Written by the same statement as stats_reg_dim.
create table stats_city_dim (
  reg_month date          not null,
  side      char(1)       not null check (side in ('S','B')),
  city      varchar(6),
  dim       varchar(16)   not null,
  val       varchar(32)   not null,
  d_count   bigint        not null,
  d_total   numeric(18,2) not null,
  d_tech    numeric(18,2) not null,
  unique nulls not distinct (reg_month, side, city, dim, val)
);
create index stats_city_dim_city_idx on stats_city_dim (side, city, reg_month);

insert into stats_city_dim (reg_month, side, city, dim, val, d_count, d_total, d_tech)
select d.reg_month, d.side, case when r.level = 3 then r.parent_code else d.region end, d.dim, d.val,
  sum(d.d_count), sum(d.d_total), sum(d.d_tech)
from stats_reg_dim d left join region r on r.code = d.region
group by 1, 2, 3, 4, 5;
