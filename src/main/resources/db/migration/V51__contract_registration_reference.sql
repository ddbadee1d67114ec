-- Contract registration reference data: the official calendar for 2025 and 2026, the registration points of the
-- Sichuan deployment, and the demo registrar's point.

-- 国务院办公厅 holiday notices for 2025 and 2026: weekdays off are HOLIDAY rows (weekend days
-- inside a holiday span are off anyway), 调休 weekend days worked are WORKDAY rows.
insert into official_calendar_day (day, kind, name_zh) values
  ('2025-01-01', 'HOLIDAY', '元旦'),
  ('2025-01-26', 'WORKDAY', '春节调休上班'),
  ('2025-01-28', 'HOLIDAY', '春节'),
  ('2025-01-29', 'HOLIDAY', '春节'),
  ('2025-01-30', 'HOLIDAY', '春节'),
  ('2025-01-31', 'HOLIDAY', '春节'),
  ('2025-02-03', 'HOLIDAY', '春节'),
  ('2025-02-04', 'HOLIDAY', '春节'),
  ('2025-02-08', 'WORKDAY', '春节调休上班'),
  ('2025-04-04', 'HOLIDAY', '清明节'),
  ('2025-04-27', 'WORKDAY', '劳动节调休上班'),
  ('2025-05-01', 'HOLIDAY', '劳动节'),
  ('2025-05-02', 'HOLIDAY', '劳动节'),
  ('2025-05-05', 'HOLIDAY', '劳动节'),
  ('2025-06-02', 'HOLIDAY', '端午节'),
  ('2025-09-28', 'WORKDAY', '国庆节调休上班'),
  ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-11', 'WORKDAY', '国庆节调休上班'),
  ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'),
  ('2026-01-04', 'WORKDAY', '元旦调休上班'),
  ('2026-02-14', 'WORKDAY', '春节调休上班'),
  ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'),
  ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'),
  ('2026-02-28', 'WORKDAY', '春节调休上班'),
  ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'),
  ('2026-05-05', 'HOLIDAY', '劳动节'),
  ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
  ('2026-06-19', 'HOLIDAY', '端午节'),
  ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
  ('2026-09-25', 'HOLIDAY', '中秋节'),
  ('2026-10-01', 'HOLIDAY', '国庆节'),
  ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'),
  ('2026-10-10', 'WORKDAY', '国庆节调休上班');

-- Registration points: the province, the cities of the deployment and 德阳's county-level divisions. A contract goes to
-- the nearest point above its registering party's region.
insert into registration_point (region_code, name_zh) values
  ('510000', '四川省技术合同认定登记中心'),
  ('510100', '成都市技术合同登记点'),
  ('510600', '德阳市技术合同登记点'),
  ('510603', '旌阳区技术合同登记点'),
  ('510604', '罗江区技术合同登记点'),
  ('510623', '中江县技术合同登记点'),
  ('510681', '广汉市技术合同登记点'),
  ('510682', '什邡市技术合同登记点'),
  ('510683', '绵竹市技术合同登记点'),
  ('510700', '绵阳市技术合同登记点'),
  ('511400', '眉山市技术合同登记点'),
  ('511700', '达州市技术合同登记点'),
  ('512000', '资阳市技术合同登记点');

-- The demo realm's registrar (deploy/keycloak/techmarket-realm.json) works at the 德阳市 point, which covers its districts.
insert into registrar_assignment (subject, point_id)
select '00000000-0000-4000-8000-000000000007', id from registration_point where region_code = '510600';
