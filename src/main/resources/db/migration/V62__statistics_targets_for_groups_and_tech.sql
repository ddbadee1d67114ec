-- Targets entered on a page (issue 11): for a region group as well as a region (成德眉资's joint goals), and on
-- 技术交易额 as well as 成交额. A row names either a region or a group, never both.
alter table stats_target drop constraint stats_target_region_code_year_metric_key;
alter table stats_target alter column region_code drop not null;
alter table stats_target add column group_code varchar(32) references region_group(code);
alter table stats_target add constraint stats_target_one_scope check ((region_code is null) <> (group_code is null));
alter table stats_target add constraint stats_target_scope_year_metric unique nulls not distinct (region_code, group_code, year, metric);
alter table stats_target drop constraint stats_target_metric_check;
alter table stats_target add constraint stats_target_metric_check check (metric in ('PUBLISHED_TOTAL', 'OUTPUT_TOTAL',
  'ABSORBED_TOTAL', 'PUBLISHED_TECH', 'OUTPUT_TECH', 'ABSORBED_TECH', 'ABSORBED_GDP_PERCENT'));
-- the 吸纳/GDP ratio is a region's (GDP is entered per region)
alter table stats_target add constraint stats_target_gdp_region check (metric <> 'ABSORBED_GDP_PERCENT' or region_code is not null);
-- what a page may enter: up to 1 000 000 亿元, and a ratio up to 100 %
alter table stats_target add constraint stats_target_range check (target <= case when metric = 'ABSORBED_GDP_PERCENT' then 100 else 100000000000000 end);
