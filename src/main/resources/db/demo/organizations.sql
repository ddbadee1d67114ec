-- =============================================================================
-- organizations.sql  (DEMO data only; run at start-up by cn.techmarket.demo.DemoData)
--
-- Demo organisations drawn from the institutions and enterprises named in the
-- seed documents (/work/shared/domain/seeds-analysis.md §4.3). Names, cities
-- and districts are real; everything else is illustrative.
--
-- CREDIT CODES ARE FICTITIOUS. Each is a syntactically valid 统一社会信用代码
-- (GB 32100-2015): char 1 registration authority (1 机构编制, 5 民政, 9 工商,
-- Y other), char 2 category, chars 3-8 the organisation's GB/T 2260 region
-- code (present in table region), chars 9-17 an invented organisation-code
-- body, char 18 the GB 32100 check character. They are NOT the real codes of
-- these organisations. Designations are plausible demo values, not official
-- lists. Websites are given only where well known.
--
-- Idempotent: re-running inserts nothing new (on conflict ... do nothing).
-- Note: edits to existing rows here do NOT update rows already inserted.
-- =============================================================================

insert into organization (name_zh, name_en, credit_code, type, region_code, verification, description, website) values
  ('四川大学',
   'Sichuan University',
   '125101079616312829', 'UNIVERSITY', '510107', 'VERIFIED',
   '教育部直属综合性研究型大学，与达州、德阳共建研究院和中试平台，开展成果转移转化合作。',
   'https://www.scu.edu.cn'),
  ('西南交通大学',
   'Southwest Jiaotong University',
   '125101176161374359', 'UNIVERSITY', '510117', 'VERIFIED',
   '以轨道交通为特色的教育部直属高校，在轨道交通装备和新材料领域与德阳、达州开展技术合作。',
   'https://www.swjtu.edu.cn'),
  ('西南石油大学',
   'Southwest Petroleum University',
   '12510114429869323N', 'UNIVERSITY', '510114', 'VERIFIED',
   '以油气钻采为特色的高校，支撑德阳能源装备与油气钻采装备产业集群的技术攻关。',
   'https://www.swpu.edu.cn'),
  ('成都中医药大学',
   'Chengdu University of Traditional Chinese Medicine',
   '12510115511013479K', 'UNIVERSITY', '510115', 'VERIFIED',
   '中医药特色高校，与德阳、达州在中药材种植、中药研发和生物医药领域开展合作。',
   'https://www.cdutcm.edu.cn'),
  ('中国民用航空飞行学院',
   'Civil Aviation Flight University of China',
   '12510681108006375P', 'UNIVERSITY', '510681', 'VERIFIED',
   '位于广汉的民航飞行人才培养高校，在通用航空运营、航空维修和民机安全领域开展科研与成果转化。',
   'https://www.cafuc.edu.cn'),
  ('四川轻化工大学',
   'Sichuan University of Science and Engineering',
   '12510300704767795R', 'UNIVERSITY', '510300', 'VERIFIED',
   '以化工、酿酒和材料为特色的省属高校，与达州在新材料和能源化工领域开展合作。',
   'https://www.suse.edu.cn'),
  ('四川文理学院',
   'Sichuan University of Arts and Science',
   '12511702112704627E', 'UNIVERSITY', '511702', 'VERIFIED',
   '位于达州的省属本科院校，依托校内科研平台服务达州玄武岩纤维、现代农业等地方产业。',
   'https://www.sasu.edu.cn'),
  ('四川工程职业技术学院',
   'Sichuan Engineering Technical College',
   '12510603458930090R', 'UNIVERSITY', '510603', 'VERIFIED',
   '位于德阳的高等职业院校，面向重大装备制造产业开展技术技能人才培养和技术服务。',
   null),
  ('四川建筑职业技术学院',
   'Sichuan College of Architectural Technology',
   '12510603104846393F', 'UNIVERSITY', '510603', 'VERIFIED',
   '位于德阳的高等职业院校，在绿色建筑和建筑工程技术领域提供技术服务。',
   null),
  ('中国民用航空局第二研究所',
   'The Second Research Institute of CAAC',
   '12510107259537149X', 'RESEARCH_INSTITUTE', '510107', 'VERIFIED',
   '民航二所，从事民航安全、航空材料和机场技术研究，在德阳布局通用航空相关研发与成果转化。',
   null),
  ('达州市农业科学研究院',
   'Dazhou Academy of Agricultural Sciences',
   '12511700730033445U', 'RESEARCH_INSTITUTE', '511700', 'VERIFIED',
   '达州市属农业科研机构，从事杂交水稻、杂交玉米、苎麻等品种选育和农业技术推广。',
   null),
  ('达州市玄武岩纤维产业研究院',
   'Dazhou Basalt Fibre Industry Research Institute',
   '12511700175964004N', 'RESEARCH_INSTITUTE', '511700', 'PENDING',
   '面向达州“中国纤谷”建设，开展低成本连续玄武岩纤维及复合材料关键技术研发与中试。',
   null),
  ('四川省产业技术研究院',
   'Sichuan Industrial Technology Research Institute',
   '125101003593809278', 'RESEARCH_INSTITUTE', '510100', 'PENDING',
   '省级新型研发机构，推动产业共性技术研发和科技成果工程化、产业化。',
   null),
  ('四川省中医药科学院',
   'Sichuan Academy of Chinese Medicine Sciences',
   '12510100105647513M', 'RESEARCH_INSTITUTE', '510100', 'VERIFIED',
   '省级中医药科研机构，在达州设立分院，开展中药资源、中药提取物和药食同源产品研究。',
   null),
  ('四川省煤田地质局一三七队',
   'Team 137 of Sichuan Coalfield Geology Bureau',
   '12511700169643319G', 'RESEARCH_INSTITUTE', '511700', 'VERIFIED',
   '驻达州地质勘查单位，从事锂钾卤水、天然气和地热等矿产资源勘查与综合评价。',
   null),
  ('德阳市科技成果转移转化中心',
   'Deyang S&T Achievement Transfer and Transformation Centre',
   '1251060310369253XK', 'TRANSFER_INSTITUTION', '510603', 'VERIFIED',
   '位于天府旌城的市级科技成果转移转化公共服务平台，集成果评估、技术交易和项目孵化于一体。',
   null),
  ('国家技术转移西南中心德阳分中心',
   'National Technology Transfer Southwest Centre, Deyang Branch',
   'Y15106038031907765', 'TRANSFER_INSTITUTION', '510603', 'VERIFIED',
   '国家技术转移西南中心在德阳设立的分支机构，为企业提供技术对接、成果评价和技术经纪服务。',
   null),
  ('国家技术转移西南中心达州分中心',
   'National Technology Transfer Southwest Centre, Dazhou Branch',
   'Y1511700196273261W', 'TRANSFER_INSTITUTION', '511700', 'VERIFIED',
   '国家技术转移西南中心在达州设立的分支机构，服务万达开区域技术转移和成果转化。',
   null),
  ('达州市智信技术转移中心',
   'Dazhou Zhixin Technology Transfer Centre',
   '52511702333105775P', 'TRANSFER_INSTITUTION', '511702', 'PENDING',
   '社会化技术转移服务机构，为达州企业提供技术需求挖掘、供需对接和技术合同登记辅导服务。',
   null),
  ('达州市生产力促进中心',
   'Dazhou Productivity Promotion Centre',
   '125117002482381866', 'TRANSFER_INSTITUTION', '511700', 'VERIFIED',
   '达州市科技局所属科技服务机构，承担科技成果转化、创新券服务和中小企业技术服务工作。',
   null),
  ('国家发电设备机械零部件产品质量监督检验中心',
   'National Quality Supervision and Inspection Centre for Power Generation Equipment Mechanical Parts',
   '125106033590487565', 'SERVICE_PROVIDER', '510603', 'VERIFIED',
   '位于德阳的国家级检验检测机构，为发电设备及机械零部件提供质量检验、检测和认证服务。',
   null),
  ('达州新材料检测实验中心',
   'Dazhou New Materials Testing Centre',
   '125117001139688439', 'SERVICE_PROVIDER', '511700', 'PENDING',
   '面向玄武岩纤维、玻纤和高分子材料的检验检测公共服务平台（筹建中）。',
   null),
  ('天府（四川）联合股权交易中心股份有限公司',
   'Tianfu (Sichuan) United Equity Exchange Co., Ltd.',
   '91510100139271438W', 'SERVICE_PROVIDER', '510100', 'VERIFIED',
   '四川省区域性股权市场运营机构，为科技型中小企业提供股权融资、挂牌展示和知识产权融资服务。',
   null),
  ('德阳市科学技术局',
   'Deyang Municipal Bureau of Science and Technology',
   '11510600408104516Y', 'GOVERNMENT', '510600', 'VERIFIED',
   '德阳市政府科技主管部门，负责科技成果转移转化、技术市场和科技创新券等工作。',
   null),
  ('达州市科学技术局',
   'Dazhou Municipal Bureau of Science and Technology',
   '11511700450745333C', 'GOVERNMENT', '511700', 'VERIFIED',
   '达州市政府科技主管部门，负责科技创新规划、技术合同登记和万达开科技协同。',
   null),
  ('成都市科学技术局',
   'Chengdu Municipal Bureau of Science and Technology',
   '11510100512384722G', 'GOVERNMENT', '510100', 'VERIFIED',
   '成都市政府科技主管部门，牵头推进成德眉资创新共同体和科技资源共享。',
   null),
  ('眉山市科学技术局',
   'Meishan Municipal Bureau of Science and Technology',
   '115114009462621327', 'GOVERNMENT', '511400', 'VERIFIED',
   '眉山市政府科技主管部门，参与成德眉资同城化科技协同和创新券跨市共用。',
   null),
  ('资阳市科学技术局',
   'Ziyang Municipal Bureau of Science and Technology',
   '115120004392072511', 'GOVERNMENT', '512000', 'VERIFIED',
   '资阳市政府科技主管部门，参与成德眉资同城化科技协同和创新券跨市共用。',
   null),
  ('东方电气集团东方汽轮机有限公司',
   'Dongfang Turbine Co., Ltd. of Dongfang Electric Corporation',
   '915106034884507413', 'ENTERPRISE', '510603', 'VERIFIED',
   '我国主要的汽轮机、燃气轮机和风电装备研制企业，是德阳清洁能源装备产业的龙头企业。',
   null),
  ('东方电气集团东方电机有限公司',
   'Dongfang Electric Machinery Co., Ltd. of Dongfang Electric Corporation',
   '91510603734278482C', 'ENTERPRISE', '510603', 'VERIFIED',
   '大型水轮发电机组、汽轮发电机和抽水蓄能机组研制企业，承担能源电力装备关键技术攻关。',
   null),
  ('国机重型装备集团股份有限公司',
   'SINOMACH Heavy Equipment Group Co., Ltd.',
   '91510603170631518H', 'ENTERPRISE', '510603', 'VERIFIED',
   '重型装备和大型铸锻件制造企业，为能源、冶金和航空领域提供重大技术装备。',
   null),
  ('中国第二重型机械集团有限公司',
   'China National Erzhong Group Co., Ltd.',
   '91510603651168296A', 'ENTERPRISE', '510603', 'VERIFIED',
   '中国二重，重型机械和航空大型模锻件制造企业，布局航空材料和重型锻件研发。',
   null),
  ('四川宏华石油设备有限公司',
   'Sichuan Honghua Petroleum Equipment Co., Ltd.',
   '915106811100063740', 'ENTERPRISE', '510681', 'VERIFIED',
   '位于广汉的陆地及海洋石油钻机研制企业，是油气钻采装备产业链的链主企业。',
   null),
  ('特变电工（德阳）电缆股份有限公司',
   'TBEA (Deyang) Cable Co., Ltd.',
   '915106036690243460', 'ENTERPRISE', '510603', 'VERIFIED',
   '电线电缆研制企业，产品服务于电力、轨道交通和新能源领域。',
   null),
  ('四川玻纤集团有限公司',
   'Sichuan Glass Fiber Group Co., Ltd.',
   '91510604558992328X', 'ENTERPRISE', '510604', 'VERIFIED',
   '位于罗江的玻璃纤维及玄武岩纤维制品企业，从事纤维复合材料研发与生产。',
   null),
  ('四川明日宇航工业有限责任公司',
   'Sichuan Mingri Aerospace Industry Co., Ltd.',
   '91510682452707250A', 'ENTERPRISE', '510682', 'VERIFIED',
   '位于什邡的航空航天结构件制造企业，从事大型飞机结构件和航空零部件精密加工。',
   null),
  ('四川剑南春（集团）有限责任公司',
   'Sichuan Jiannanchun (Group) Co., Ltd.',
   '91510683167807121L', 'ENTERPRISE', '510683', 'VERIFIED',
   '位于绵竹的优质白酒企业，开展酿酒微生物、智能酿造和白酒品质控制技术研究。',
   null),
  ('蓝剑饮品集团有限公司',
   'Blue Sword Beverage Group Co., Ltd.',
   '91510682735135918G', 'ENTERPRISE', '510682', 'VERIFIED',
   '位于什邡的饮料生产企业，开展饮用水和饮料产品研发。',
   null),
  ('四川炬原玄武岩纤维科技有限公司',
   'Sichuan Juyuan Basalt Fiber Technology Co., Ltd.',
   '91511700526627588T', 'ENTERPRISE', '511700', 'VERIFIED',
   '达州玄武岩纤维生产企业，从事连续玄武岩纤维拉丝工艺、池窑技术及复合材料制品研发。',
   null),
  ('四川达州钢铁集团有限责任公司',
   'Sichuan Dazhou Iron and Steel Group Co., Ltd.',
   '91511702352734788E', 'ENTERPRISE', '511702', 'VERIFIED',
   '达州钢铁联合企业，推进钢铁产品升级、节能降耗和焦化副产品综合利用。',
   null),
  ('中国石油化工股份有限公司中原油田普光分公司',
   'Sinopec Zhongyuan Oilfield Puguang Branch',
   '91511722365155080Q', 'ENTERPRISE', '511722', 'VERIFIED',
   '负责宣汉普光高含硫气田开发的油气生产单位，带动达州天然气综合利用和精细化工产业。',
   null)
on conflict (credit_code) do nothing;

-- Designations (idempotent). Illustrative demo values, not official lists.
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '125101079616312829' on conflict do nothing; -- 四川大学
insert into organization_designation (organization_id, designation) select id, 'NATIONAL_TT_INSTITUTION' from organization where credit_code = '125101079616312829' on conflict do nothing; -- 四川大学
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '125101176161374359' on conflict do nothing; -- 西南交通大学
insert into organization_designation (organization_id, designation) select id, 'NATIONAL_TT_INSTITUTION' from organization where credit_code = '125101176161374359' on conflict do nothing; -- 西南交通大学
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510114429869323N' on conflict do nothing; -- 西南石油大学
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510115511013479K' on conflict do nothing; -- 成都中医药大学
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510681108006375P' on conflict do nothing; -- 中国民用航空飞行学院
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510300704767795R' on conflict do nothing; -- 四川轻化工大学
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510107259537149X' on conflict do nothing; -- 中国民用航空局第二研究所
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '12510100105647513M' on conflict do nothing; -- 四川省中医药科学院
insert into organization_designation (organization_id, designation) select id, 'NATIONAL_TT_INSTITUTION' from organization where credit_code = 'Y15106038031907765' on conflict do nothing; -- 国家技术转移西南中心德阳分中心
insert into organization_designation (organization_id, designation) select id, 'NATIONAL_TT_INSTITUTION' from organization where credit_code = 'Y1511700196273261W' on conflict do nothing; -- 国家技术转移西南中心达州分中心
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '915106034884507413' on conflict do nothing; -- 东方电气集团东方汽轮机有限公司
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '915106034884507413' on conflict do nothing; -- 东方电气集团东方汽轮机有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510603734278482C' on conflict do nothing; -- 东方电气集团东方电机有限公司
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '91510603734278482C' on conflict do nothing; -- 东方电气集团东方电机有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510603170631518H' on conflict do nothing; -- 国机重型装备集团股份有限公司
insert into organization_designation (organization_id, designation) select id, 'LISTED' from organization where credit_code = '91510603170631518H' on conflict do nothing; -- 国机重型装备集团股份有限公司
insert into organization_designation (organization_id, designation) select id, 'KEY_LAB' from organization where credit_code = '91510603170631518H' on conflict do nothing; -- 国机重型装备集团股份有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510603651168296A' on conflict do nothing; -- 中国第二重型机械集团有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '915106811100063740' on conflict do nothing; -- 四川宏华石油设备有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '915106036690243460' on conflict do nothing; -- 特变电工（德阳）电缆股份有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510604558992328X' on conflict do nothing; -- 四川玻纤集团有限公司
insert into organization_designation (organization_id, designation) select id, 'SPECIALIZED_SME' from organization where credit_code = '91510604558992328X' on conflict do nothing; -- 四川玻纤集团有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510682452707250A' on conflict do nothing; -- 四川明日宇航工业有限责任公司
insert into organization_designation (organization_id, designation) select id, 'SPECIALIZED_SME' from organization where credit_code = '91510682452707250A' on conflict do nothing; -- 四川明日宇航工业有限责任公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91510683167807121L' on conflict do nothing; -- 四川剑南春（集团）有限责任公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91511700526627588T' on conflict do nothing; -- 四川炬原玄武岩纤维科技有限公司
insert into organization_designation (organization_id, designation) select id, 'TECH_SME' from organization where credit_code = '91511700526627588T' on conflict do nothing; -- 四川炬原玄武岩纤维科技有限公司
insert into organization_designation (organization_id, designation) select id, 'SPECIALIZED_SME' from organization where credit_code = '91511700526627588T' on conflict do nothing; -- 四川炬原玄武岩纤维科技有限公司
insert into organization_designation (organization_id, designation) select id, 'GAZELLE' from organization where credit_code = '91511700526627588T' on conflict do nothing; -- 四川炬原玄武岩纤维科技有限公司
insert into organization_designation (organization_id, designation) select id, 'HIGH_TECH_ENTERPRISE' from organization where credit_code = '91511702352734788E' on conflict do nothing; -- 四川达州钢铁集团有限责任公司
