-- =============================================================================
-- V2__reference_data.sql
-- Reference data for TechMarket (技术转移交易平台): administrative regions,
-- region groups (成德眉资, 成德, 成德绵, 万达开, 川渝) and the industry taxonomy.
--
-- Sources: /work/shared/domain/seeds-analysis.md §4.1 (regions, zones, groups)
-- and §4.2 (industries); region codes follow GB/T 2260 as published by the
-- Ministry of Civil Affairs (民政部 行政区划代码).
--
-- This is a versioned migration: NEVER edit it once applied. Add new regions,
-- groups or industries in a new V<n>__... migration (see docs/reference-data.md).
-- =============================================================================

-- -----------------------------------------------------------------------------
-- DDL
-- -----------------------------------------------------------------------------
create table region (
  code        varchar(6)      primary key,            -- GB/T 2260 administrative division code
  parent_code varchar(6)      references region(code),
  level       smallint     not null check (level between 1 and 3),  -- 1 province-level, 2 prefecture-level, 3 county-level
  name_zh     varchar(64)  not null,
  name_en     varchar(128) not null
);
create index region_parent_idx on region(parent_code);

create table region_group (
  code       varchar(32)  primary key,               -- e.g. CDMZ, CDM, WDK, CHUANYU
  name_zh    varchar(64)  not null,
  name_en    varchar(128) not null,
  sort_order int          not null
);

create table region_group_member (
  group_code  varchar(32) not null references region_group(code),
  region_code varchar(6)     not null references region(code),
  primary key (group_code, region_code)
);

create table industry (
  code        varchar(16)  primary key,             -- e.g. EQUIP, EQUIP.CLEAN
  parent_code varchar(16)  references industry(code),
  level       smallint     not null check (level between 1 and 2),
  name_zh     varchar(64)  not null,
  name_en     varchar(128) not null,
  sort_order  int          not null
);
create index industry_parent_idx on industry(parent_code);

-- -----------------------------------------------------------------------------
-- Regions: level 1 (province-level)
-- -----------------------------------------------------------------------------
insert into region (code, parent_code, level, name_zh, name_en) values
  ('510000', null, 1, '四川省', 'Sichuan Province'),
  ('500000', null, 1, '重庆市', 'Chongqing Municipality');

-- -----------------------------------------------------------------------------
-- Regions: level 2 — all 21 prefecture-level divisions of Sichuan
-- (18 prefecture-level cities + 3 autonomous prefectures)
-- -----------------------------------------------------------------------------
insert into region (code, parent_code, level, name_zh, name_en) values
  ('510100', '510000', 2, '成都市',             'Chengdu City'),
  ('510300', '510000', 2, '自贡市',             'Zigong City'),
  ('510400', '510000', 2, '攀枝花市',           'Panzhihua City'),
  ('510500', '510000', 2, '泸州市',             'Luzhou City'),
  ('510600', '510000', 2, '德阳市',             'Deyang City'),
  ('510700', '510000', 2, '绵阳市',             'Mianyang City'),
  ('510800', '510000', 2, '广元市',             'Guangyuan City'),
  ('510900', '510000', 2, '遂宁市',             'Suining City'),
  ('511000', '510000', 2, '内江市',             'Neijiang City'),
  ('511100', '510000', 2, '乐山市',             'Leshan City'),
  ('511300', '510000', 2, '南充市',             'Nanchong City'),
  ('511400', '510000', 2, '眉山市',             'Meishan City'),
  ('511500', '510000', 2, '宜宾市',             'Yibin City'),
  ('511600', '510000', 2, '广安市',             'Guang''an City'),
  ('511700', '510000', 2, '达州市',             'Dazhou City'),
  ('511800', '510000', 2, '雅安市',             'Ya''an City'),
  ('511900', '510000', 2, '巴中市',             'Bazhong City'),
  ('512000', '510000', 2, '资阳市',             'Ziyang City'),
  ('513200', '510000', 2, '阿坝藏族羌族自治州', 'Ngawa Tibetan and Qiang Autonomous Prefecture'),
  ('513300', '510000', 2, '甘孜藏族自治州',     'Garze Tibetan Autonomous Prefecture'),
  ('513400', '510000', 2, '凉山彝族自治州',     'Liangshan Yi Autonomous Prefecture');

-- -----------------------------------------------------------------------------
-- Regions: level 3 — county-level divisions of 成都, 德阳, 绵阳, 眉山, 资阳, 达州
-- (other Sichuan prefectures are intentionally stored without counties for now)
-- -----------------------------------------------------------------------------

-- 成都市: 12 districts, 3 counties, 5 county-level cities
-- (简阳市 510185 was transferred from 资阳 to 成都 in 2016)
insert into region (code, parent_code, level, name_zh, name_en) values
  ('510104', '510100', 3, '锦江区',   'Jinjiang District'),
  ('510105', '510100', 3, '青羊区',   'Qingyang District'),
  ('510106', '510100', 3, '金牛区',   'Jinniu District'),
  ('510107', '510100', 3, '武侯区',   'Wuhou District'),
  ('510108', '510100', 3, '成华区',   'Chenghua District'),
  ('510112', '510100', 3, '龙泉驿区', 'Longquanyi District'),
  ('510113', '510100', 3, '青白江区', 'Qingbaijiang District'),
  ('510114', '510100', 3, '新都区',   'Xindu District'),
  ('510115', '510100', 3, '温江区',   'Wenjiang District'),
  ('510116', '510100', 3, '双流区',   'Shuangliu District'),
  ('510117', '510100', 3, '郫都区',   'Pidu District'),
  ('510118', '510100', 3, '新津区',   'Xinjin District'),
  ('510121', '510100', 3, '金堂县',   'Jintang County'),
  ('510129', '510100', 3, '大邑县',   'Dayi County'),
  ('510131', '510100', 3, '蒲江县',   'Pujiang County'),
  ('510181', '510100', 3, '都江堰市', 'Dujiangyan City'),
  ('510182', '510100', 3, '彭州市',   'Pengzhou City'),
  ('510183', '510100', 3, '邛崃市',   'Qionglai City'),
  ('510184', '510100', 3, '崇州市',   'Chongzhou City'),
  ('510185', '510100', 3, '简阳市',   'Jianyang City');

-- 德阳市: 「两区三市一县」
insert into region (code, parent_code, level, name_zh, name_en) values
  ('510603', '510600', 3, '旌阳区', 'Jingyang District'),
  ('510604', '510600', 3, '罗江区', 'Luojiang District'),
  ('510623', '510600', 3, '中江县', 'Zhongjiang County'),
  ('510681', '510600', 3, '广汉市', 'Guanghan City'),
  ('510682', '510600', 3, '什邡市', 'Shifang City'),
  ('510683', '510600', 3, '绵竹市', 'Mianzhu City');

-- 绵阳市: 3 districts, 5 counties (incl. 1 autonomous county), 1 county-level city
insert into region (code, parent_code, level, name_zh, name_en) values
  ('510703', '510700', 3, '涪城区',         'Fucheng District'),
  ('510704', '510700', 3, '游仙区',         'Youxian District'),
  ('510705', '510700', 3, '安州区',         'Anzhou District'),
  ('510722', '510700', 3, '三台县',         'Santai County'),
  ('510723', '510700', 3, '盐亭县',         'Yanting County'),
  ('510725', '510700', 3, '梓潼县',         'Zitong County'),
  ('510726', '510700', 3, '北川羌族自治县', 'Beichuan Qiang Autonomous County'),
  ('510727', '510700', 3, '平武县',         'Pingwu County'),
  ('510781', '510700', 3, '江油市',         'Jiangyou City');

-- 眉山市: 2 districts, 4 counties
insert into region (code, parent_code, level, name_zh, name_en) values
  ('511402', '511400', 3, '东坡区', 'Dongpo District'),
  ('511403', '511400', 3, '彭山区', 'Pengshan District'),
  ('511421', '511400', 3, '仁寿县', 'Renshou County'),
  ('511423', '511400', 3, '洪雅县', 'Hongya County'),
  ('511424', '511400', 3, '丹棱县', 'Danling County'),
  ('511425', '511400', 3, '青神县', 'Qingshen County');

-- 资阳市: 1 district, 2 counties
insert into region (code, parent_code, level, name_zh, name_en) values
  ('512002', '512000', 3, '雁江区', 'Yanjiang District'),
  ('512021', '512000', 3, '安岳县', 'Anyue County'),
  ('512022', '512000', 3, '乐至县', 'Lezhi County');

-- 达州市: 2 districts, 4 counties, 1 county-level city
insert into region (code, parent_code, level, name_zh, name_en) values
  ('511702', '511700', 3, '通川区', 'Tongchuan District'),
  ('511703', '511700', 3, '达川区', 'Dachuan District'),
  ('511722', '511700', 3, '宣汉县', 'Xuanhan County'),
  ('511723', '511700', 3, '开江县', 'Kaijiang County'),
  ('511724', '511700', 3, '大竹县', 'Dazhu County'),
  ('511725', '511700', 3, '渠县',   'Qu County'),
  ('511781', '511700', 3, '万源市', 'Wanyuan City');

-- 重庆市: a municipality directly under the central government has no
-- prefecture level, so its districts are level 3 with the municipality
-- (level 1) as parent. Only the 万达开 partners are loaded for now.
insert into region (code, parent_code, level, name_zh, name_en) values
  ('500101', '500000', 3, '万州区', 'Wanzhou District'),
  ('500154', '500000', 3, '开州区', 'Kaizhou District');

-- -----------------------------------------------------------------------------
-- Region groups (seeds-analysis §4.1 "Region groupings").
-- Members are listed at the level the group is defined on; the application
-- expands a member to all of its descendants.
-- -----------------------------------------------------------------------------
insert into region_group (code, name_zh, name_en, sort_order) values
  ('CDMZ',    '成德眉资', 'Chengdu-Deyang-Meishan-Ziyang',                         10),
  ('CD',      '成德',     'Chengdu-Deyang',                                        20),
  ('CDM',     '成德绵',   'Chengdu-Deyang-Mianyang',                               30),
  ('WDK',     '万达开',   'Wanzhou-Dazhou-Kaizhou',                                40),
  ('CHUANYU', '川渝',     'Sichuan-Chongqing (Chengdu-Chongqing Economic Circle)', 50);

insert into region_group_member (group_code, region_code) values
  ('CDMZ',    '510100'),   -- 成都市
  ('CDMZ',    '510600'),   -- 德阳市
  ('CDMZ',    '511400'),   -- 眉山市
  ('CDMZ',    '512000'),   -- 资阳市
  ('CD',      '510100'),   -- 成都市
  ('CD',      '510600'),   -- 德阳市
  ('CDM',     '510100'),   -- 成都市
  ('CDM',     '510600'),   -- 德阳市
  ('CDM',     '510700'),   -- 绵阳市
  ('WDK',     '500101'),   -- 重庆市万州区 (county level: Chongqing has no prefecture level)
  ('WDK',     '511700'),   -- 达州市
  ('WDK',     '500154'),   -- 重庆市开州区
  ('CHUANYU', '510000'),   -- 四川省
  ('CHUANYU', '500000');   -- 重庆市

-- -----------------------------------------------------------------------------
-- Industry taxonomy (seeds-analysis §4.2).
-- Level 1 merges Deyang's five leading industries (装备制造, 通用航空, 医药食品,
-- 先进材料, 数字经济) with Dazhou's (能源化工, 新材料, 智能装备制造, 电子信息,
-- 医药健康, 现代农业, 科技服务) and the other chains the seeds name
-- (节能环保, 文化科技融合):
--   装备制造 + 智能装备制造 -> EQUIP;  先进材料 + 新材料 -> MAT;
--   数字经济 + 电子信息     -> DIGITAL; 医药食品 + 医药健康 -> MEDFOOD.
-- sort_order: level 1 = 100, 200, ...; level 2 = parent + 1, 2, ...
-- Codes: level 1 short uppercase word, level 2 = '<L1>.<WORD>', max 16 chars.
-- -----------------------------------------------------------------------------
insert into industry (code, parent_code, level, name_zh, name_en, sort_order) values
  ('EQUIP',   null, 1, '装备制造',           'Equipment Manufacturing',                               100),
  ('AERO',    null, 1, '通用航空',           'General Aviation',                                      200),
  ('MEDFOOD', null, 1, '医药食品',           'Medicine, Health and Food',                             300),
  ('MAT',     null, 1, '先进材料',           'Advanced Materials',                                    400),
  ('DIGITAL', null, 1, '数字经济与电子信息', 'Digital Economy and Electronic Information',             500),
  ('ENERGY',  null, 1, '能源化工',           'Energy and Chemicals',                                  600),
  ('AGRI',    null, 1, '现代农业',           'Modern Agriculture',                                    700),
  ('ENV',     null, 1, '节能环保',           'Energy Conservation and Environmental Protection',      800),
  ('SERVICE', null, 1, '科技服务',           'Science and Technology Services',                       900),
  ('CULTURE', null, 1, '文化科技融合',       'Culture and Technology Integration',                   1000);

insert into industry (code, parent_code, level, name_zh, name_en, sort_order) values
  -- 装备制造 (Deyang 重大装备; Dazhou 智能装备制造)
  ('EQUIP.CLEAN',        'EQUIP', 2, '清洁能源装备',             'Clean Energy Equipment (gas turbines, hydro, pumped storage, wind, ORC)', 101),
  ('EQUIP.HYDROGEN',     'EQUIP', 2, '氢能装备与燃料电池',       'Hydrogen Equipment and Fuel Cells',                   102),
  ('EQUIP.OIL_GAS',      'EQUIP', 2, '油气钻采及海洋工程装备',   'Oil and Gas Drilling and Offshore Engineering Equipment', 103),
  ('EQUIP.HEAVY',        'EQUIP', 2, '重型装备与大型铸锻件',     'Heavy Equipment and Large Castings and Forgings',     104),
  ('EQUIP.RAIL',         'EQUIP', 2, '轨道交通装备',             'Rail Transit Equipment',                              105),
  ('EQUIP.NEV',          'EQUIP', 2, '新能源汽车及零部件',       'New Energy Vehicles and Auto Parts',                  106),
  ('EQUIP.SMART_MFG',    'EQUIP', 2, '智能制造装备',             'Intelligent Manufacturing Equipment (CNC, industrial robots)', 107),
  ('EQUIP.EMERGENCY',    'EQUIP', 2, '应急装备',                 'Emergency Response Equipment',                        108),
  ('EQUIP.AGRI_MACH',    'EQUIP', 2, '农机装备',                 'Agricultural Machinery',                              109),
  ('EQUIP.MINING',       'EQUIP', 2, '煤矿智能装备',             'Intelligent Coal Mining Equipment',                   110),
  -- 通用航空
  ('AERO.STRUCTURE',     'AERO', 2, '大型飞机结构件',           'Large Aircraft Structural Parts',                      201),
  ('AERO.AVIONICS',      'AERO', 2, '航空机载电子系统',         'Airborne Electronic Systems',                          202),
  ('AERO.PARTS',         'AERO', 2, '航空零部件与模锻件',       'Aviation Components and Die Forgings',                 203),
  ('AERO.MATERIAL',      'AERO', 2, '航空新材料',               'New Aviation Materials',                               204),
  ('AERO.UAV',           'AERO', 2, '无人机',                   'Unmanned Aerial Vehicles',                             205),
  ('AERO.OPERATION',     'AERO', 2, '通航运营与应急救援',       'General Aviation Operation and Emergency Rescue',      206),
  ('AERO.MRO',           'AERO', 2, '航空维修与培训',           'Aircraft Maintenance and Training',                    207),
  -- 医药食品 (Deyang 医药食品; Dazhou 医药健康)
  ('MEDFOOD.BIOPHARM',   'MEDFOOD', 2, '生物医药',             'Biomedicine',                                          301),
  ('MEDFOOD.DRUG',       'MEDFOOD', 2, '创新药与原料药',       'Innovative Drugs and Active Pharmaceutical Ingredients', 302),
  ('MEDFOOD.TCM',        'MEDFOOD', 2, '中药',                 'Traditional Chinese Medicine',                         303),
  ('MEDFOOD.DEVICE',     'MEDFOOD', 2, '医疗器械与诊断试剂',   'Medical Devices and Diagnostic Reagents',              304),
  ('MEDFOOD.NUTRA',      'MEDFOOD', 2, '保健食品与药食同源',   'Health Foods and Food-Medicine Homology Products',     305),
  ('MEDFOOD.BAIJIU',     'MEDFOOD', 2, '优质白酒',             'Premium Baijiu',                                       306),
  ('MEDFOOD.BEVERAGE',   'MEDFOOD', 2, '饮料',                 'Beverages',                                            307),
  ('MEDFOOD.GRAINOIL',   'MEDFOOD', 2, '粮油肉禽加工',         'Grain, Oil, Meat and Poultry Processing',              308),
  ('MEDFOOD.SNACK',      'MEDFOOD', 2, '休闲食品与调味品',     'Snack Foods and Condiments',                           309),
  ('MEDFOOD.TOBACCO',    'MEDFOOD', 2, '雪茄与烟草',           'Cigars and Tobacco',                                   310),
  -- 先进材料 (Deyang 先进材料; Dazhou 新材料)
  ('MAT.BASALT',         'MAT', 2, '玄武岩纤维及复合材料',     'Basalt Fibre and Composites',                          401),
  ('MAT.GLASS_FIBER',    'MAT', 2, '玻璃纤维及制品',           'Glass Fibre and Products',                             402),
  ('MAT.BAST_FIBER',     'MAT', 2, '苎麻纤维',                 'Ramie (Bast) Fibre',                                   403),
  ('MAT.POLYMER',        'MAT', 2, '高分子材料与工程塑料',     'Polymer Materials and Engineering Plastics',           404),
  ('MAT.COPPER',         'MAT', 2, '铜基新材料',               'Copper-based New Materials',                           405),
  ('MAT.BATTERY',        'MAT', 2, '锂电材料',                 'Lithium Battery Materials',                            406),
  ('MAT.HIGH_TEMP',      'MAT', 2, '长寿命高温材料',           'Long-life High-temperature Materials',                 407),
  ('MAT.GRAPHENE',       'MAT', 2, '石墨烯及碳材料',           'Graphene and Carbon Materials',                        408),
  ('MAT.PV',             'MAT', 2, '光伏材料',                 'Photovoltaic Materials',                               409),
  ('MAT.E_CHEM',         'MAT', 2, '电子化学品与功能膜材料',   'Electronic Chemicals and Functional Membranes',        410),
  -- 数字经济与电子信息
  ('DIGITAL.ECOMP',      'DIGITAL', 2, '电子元器件',           'Electronic Components (relays, connectors)',           501),
  ('DIGITAL.SENSOR',     'DIGITAL', 2, '传感器',               'Sensors',                                              502),
  ('DIGITAL.TERMINAL',   'DIGITAL', 2, '智能终端',             'Smart Terminals',                                      503),
  ('DIGITAL.DISPLAY',    'DIGITAL', 2, '新型显示与光电子',     'New Displays and Optoelectronics',                     504),
  ('DIGITAL.IIOT',       'DIGITAL', 2, '工业互联网',           'Industrial Internet',                                  505),
  ('DIGITAL.IOT',        'DIGITAL', 2, '物联网与短距离通信',   'Internet of Things and Short-range Communication',     506),
  ('DIGITAL.BIGDATA',    'DIGITAL', 2, '大数据、云计算与区块链', 'Big Data, Cloud Computing and Blockchain',           507),
  ('DIGITAL.SOFTWARE',   'DIGITAL', 2, '软件开发',             'Software Development',                                 508),
  ('DIGITAL.ECOM',       'DIGITAL', 2, '跨境电商',             'Cross-border E-commerce',                              509),
  -- 能源化工 (Dazhou 专栏 6; Deyang 清洁能源、碳基能源、氢基能源)
  ('ENERGY.NATGAS',      'ENERGY', 2, '天然气综合利用',        'Natural Gas Utilisation',                              601),
  ('ENERGY.LITHIUM_K',   'ENERGY', 2, '锂钾资源开发利用',      'Lithium and Potassium Resources',                      602),
  ('ENERGY.SALT',        'ENERGY', 2, '钠盐与盐卤化工',        'Sodium Salt and Brine Chemicals',                      603),
  ('ENERGY.PHOS',        'ENERGY', 2, '磷硫化工',              'Phosphorus and Sulphur Chemicals',                     604),
  ('ENERGY.FLUORINE',    'ENERGY', 2, '氟化工',                'Fluorine Chemicals',                                   605),
  ('ENERGY.COAL',        'ENERGY', 2, '煤炭清洁高效利用',      'Clean and Efficient Coal Utilisation',                 606),
  ('ENERGY.HYDROGEN',    'ENERGY', 2, '氢能',                  'Hydrogen Energy',                                      607),
  ('ENERGY.BIOMASS',     'ENERGY', 2, '生物质能',              'Biomass Energy',                                       608),
  ('ENERGY.GEOTHERM',    'ENERGY', 2, '地热',                  'Geothermal Energy',                                    609),
  ('ENERGY.SOLAR',       'ENERGY', 2, '太阳能',                'Solar Energy',                                         610),
  -- 现代农业
  ('AGRI.SEED',          'AGRI', 2, '种业',                    'Seed Industry and Breeding',                           701),
  ('AGRI.GRAIN',         'AGRI', 2, '粮油',                    'Grain and Oil Crops',                                  702),
  ('AGRI.LIVESTOCK',     'AGRI', 2, '畜禽水产养殖',            'Livestock, Poultry and Aquaculture',                   703),
  ('AGRI.HORTI',         'AGRI', 2, '蔬菜与水果',              'Vegetables and Fruit',                                 704),
  ('AGRI.FUNGI',         'AGRI', 2, '食用菌',                  'Edible Fungi',                                         705),
  ('AGRI.HERB',          'AGRI', 2, '中药材种植',              'Medicinal Herb Cultivation',                           706),
  ('AGRI.TEA',           'AGRI', 2, '茶叶',                    'Tea',                                                  707),
  ('AGRI.CASH_CROP',     'AGRI', 2, '特色经济作物',            'Specialty Cash Crops (ramie, konjac, olive)',          708),
  ('AGRI.SERICULT',      'AGRI', 2, '蚕桑',                    'Sericulture',                                          709),
  ('AGRI.SMART',         'AGRI', 2, '智慧农业',                'Smart Agriculture',                                    710),
  -- 节能环保
  ('ENV.EQUIP',          'ENV', 2, '节能环保装备',             'Energy-saving and Environmental Protection Equipment', 801),
  ('ENV.AIR',            'ENV', 2, '大气污染防治',             'Air Pollution Prevention and Control',                 802),
  ('ENV.SOIL',           'ENV', 2, '土壤环境保护与修复',       'Soil Protection and Remediation',                      803),
  ('ENV.BUILDING',       'ENV', 2, '绿色建筑',                 'Green Building',                                       804),
  ('ENV.LIGHTING',       'ENV', 2, '绿色照明',                 'Green Lighting',                                       805),
  -- 科技服务
  ('SERVICE.RND',        'SERVICE', 2, '研发设计与中试熟化',   'R&D, Design and Pilot-scale Maturation',               901),
  ('SERVICE.TESTING',    'SERVICE', 2, '检验检测',             'Testing and Inspection',                               902),
  ('SERVICE.TRANSFER',   'SERVICE', 2, '技术转移',             'Technology Transfer',                                  903),
  ('SERVICE.IP',         'SERVICE', 2, '知识产权服务',         'Intellectual Property Services',                       904),
  ('SERVICE.FINANCE',    'SERVICE', 2, '科技金融',             'Technology Finance',                                   905),
  ('SERVICE.INCUBATE',   'SERVICE', 2, '创业孵化',             'Business Incubation',                                  906),
  ('SERVICE.CONSULT',    'SERVICE', 2, '科技咨询与成果评价',   'S&T Consulting and Result Evaluation',                 907),
  ('SERVICE.SHARING',    'SERVICE', 2, '科研仪器共享',         'Shared Research Instruments',                          908),
  -- 文化科技融合
  ('CULTURE.HERITAGE',   'CULTURE', 2, '文物保护与考古科技',   'Heritage Conservation and Archaeological Technology',  1001),
  ('CULTURE.CREATIVE',   'CULTURE', 2, '数字文创',             'Digital Creative Industries',                          1002),
  ('CULTURE.INDUSTRY',   'CULTURE', 2, '工业文化与工业旅游',   'Industrial Culture and Tourism',                       1003),
  ('CULTURE.FOLK',       'CULTURE', 2, '非遗与民俗文化',       'Intangible Heritage and Folk Culture',                 1004);
