-- =============================================================================
-- memberships.sql  (DEMO data only; run at start-up by cn.techmarket.demo.DemoData in the local run)
--
-- Puts the demo users of deploy/keycloak/techmarket-realm.json (fixed Keycloak ids) into demo organizations, so
-- that after `tm run` each of them can act at once: enterprise posts needs for 东方汽轮机, researcher lists results
-- for 四川大学, and so on. The profile rows are the ones the first sign-in would create; sign-in keeps them.
-- Idempotent.
-- =============================================================================
insert into user_profile (subject, username, display_name, email) values
  ('00000000-0000-4000-8000-000000000001', 'enterprise',  '王建国', 'enterprise@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000002', 'enterprise2', '李晓梅', 'enterprise2@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000003', 'researcher',  '张立新', 'researcher@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000004', 'broker',      '陈志远', 'broker@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000005', 'broker2',     '刘芳',   'broker2@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000006', 'provider',    '赵明',   'provider@demo.techmarket.local'),
  ('00000000-0000-4000-8000-000000000008', 'bureau',      '周科',   'bureau@demo.techmarket.local')
on conflict (subject) do nothing;

insert into membership (user_id, organization_id, role)
select p.id, o.id, m.role
from (values
  ('00000000-0000-4000-8000-000000000001', '915106034884507413', 'ORG_ADMIN'),  -- 东方电气集团东方汽轮机有限公司
  ('00000000-0000-4000-8000-000000000002', '91511702352734788E', 'ORG_ADMIN'),  -- 四川达州钢铁集团有限责任公司
  ('00000000-0000-4000-8000-000000000003', '125101079616312829', 'MEMBER'),     -- 四川大学
  ('00000000-0000-4000-8000-000000000004', '1251060310369253XK', 'MEMBER'),     -- 德阳市科技成果转移转化中心
  ('00000000-0000-4000-8000-000000000005', 'Y1511700196273261W', 'MEMBER'),     -- 国家技术转移西南中心达州分中心
  ('00000000-0000-4000-8000-000000000006', '125106033590487565', 'ORG_ADMIN'),  -- 国家发电设备机械零部件产品质量监督检验中心
  ('00000000-0000-4000-8000-000000000008', '11510600408104516Y', 'MEMBER')      -- 德阳市科学技术局
) as m(subject, credit_code, role)
join user_profile p on p.subject = m.subject
join organization o on o.credit_code = m.credit_code
on conflict (user_id, organization_id) do nothing;
