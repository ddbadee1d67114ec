-- The dashboard subtracts the ledger's steps dated after the report date from the registration-month tables (the
-- "tail"). Indexed by (effective_on, reg_month), that tail was every step after the date (310,000 at a million
-- contracts for a report as of last December) filtered down to the 14,000 of the two years shown, each fetched from
-- its own heap page. Keyed by registration month first, the query probes each month of the two years
-- (reg_month = any(…)) for steps after the date, and the included columns make it an index-only scan.
drop index stats_ledger_effective_idx;
create index stats_ledger_tail_idx on stats_ledger (reg_month, effective_on)
  include (seller_region, buyer_region, contract_class, technical_field, seller_subject_type, buyer_subject_type,
           ip_type, trade_flag, point_id, d_count, d_total, d_tech);
