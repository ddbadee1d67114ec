-- =============================================================================
-- workbench.sql  (DEMO data only; run at start-up by cn.techmarket.demo.DemoData in the local run, AFTER the
-- generated catalogue is loaded; same switch as memberships.sql: techmarket.demo-data.memberships)
--
-- Makes the local run lived-in: broker profiles for `broker` (中级, 德阳) and `broker2` (高级, 达州 and 成德眉资) with
-- training records; claims on catalogue needs (one of them a long, complex need); 18 deals opened over the last ~8
-- months in every stage (线索, 对接中, 谈判, 签约, 已登记, 终止 with reasons), each with its stage history, commission
-- terms of each kind, exact signed amounts, and a docking log with next steps; expressions of interest on listings of
-- `enterprise`'s (东方汽轮机) and `researcher`'s (四川大学) organizations (open, accepted, declined); a saved search and
-- a followed need for `enterprise`; the inbox notifications those would have caused. The rows are the ones the
-- services write (ClaimService, DealService, DockingLog, DealRegistrations, BrokerService, InterestService, Inbox),
-- including their audit-trail entries (append-only: inserted only), whose request id is 'demo-data'.
--
-- Listings are picked from the catalogue (owner: the 'demo-catalogue' profile) deterministically: by words of the
-- title, then industry, then title and id. Without a catalogue the script does nothing. Idempotent: it does nothing
-- once a deal on a catalogue need exists. Times are relative to now(), so the dashboard looks current.
-- =============================================================================

create or replace function pg_temp.tm_iso(t timestamptz) returns text language sql immutable as $f$
  select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$f$;

-- DealView as DealService audits it (the same fields, names and order)
create or replace function pg_temp.tm_deal_view(p_id bigint) returns jsonb language sql stable as $f$
  select jsonb_build_object(
    'id', d.id, 'title', d.title, 'stage', d.stage, 'stageEnteredAt', pg_temp.tm_iso(d.stage_entered_at),
    'need', jsonb_build_object('code', d.need_id::text, 'nameZh', n.title, 'nameEn', null),
    'results', coalesce((select jsonb_agg(jsonb_build_object('code', r.result_id::text, 'nameZh', l.title, 'nameEn', null)
                                          order by r.result_id)
                         from deal_result r join listing l on l.id = r.result_id where r.deal_id = d.id), '[]'::jsonb),
    'parties', coalesce((select jsonb_agg(jsonb_build_object(
                                   'organization', jsonb_build_object('code', p.organization_id::text, 'nameZh', o.name_zh,
                                                                      'nameEn', o.name_en),
                                   'role', p.role) order by p.role, p.organization_id)
                         from deal_party p join organization o on o.id = p.organization_id where p.deal_id = d.id), '[]'::jsonb),
    'broker', jsonb_build_object('code', d.broker_id::text, 'nameZh', coalesce(u.display_name, u.username), 'nameEn', u.username),
    'commission', case when d.commission_kind is null then null else jsonb_build_object(
                    'kind', d.commission_kind, 'rate', d.commission_rate, 'amount', d.commission_amount,
                    'years', d.commission_years,
                    'due', case when d.amount is null then null
                                when d.commission_kind = 'PERCENT' then round(d.amount * d.commission_rate / 100, 2)
                                when d.commission_kind = 'FIXED' then d.commission_amount end) end,
    'amount', d.amount, 'signedOn', d.signed_on, 'registeredAt', pg_temp.tm_iso(d.registered_at),
    'contractRef', d.contract_ref, 'terminationReason', d.termination_reason, 'terminationNote', d.termination_note,
    'history', coalesce((select jsonb_agg(jsonb_build_object('stage', s.stage, 'enteredAt', pg_temp.tm_iso(s.entered_at),
                                                             'leftAt', pg_temp.tm_iso(s.left_at)) order by s.entered_at, s.id)
                         from deal_stage_stay s where s.deal_id = d.id), '[]'::jsonb),
    'nextStages', (case d.stage when 'LEAD' then '["DOCKING","TERMINATED"]' when 'DOCKING' then '["NEGOTIATION","TERMINATED"]'
                                when 'NEGOTIATION' then '["SIGNED","TERMINATED"]' else '[]' end)::jsonb,
    'createdAt', pg_temp.tm_iso(d.created_at), 'updatedAt', pg_temp.tm_iso(d.updated_at), 'version', d.version)
  from deal d join listing n on n.id = d.need_id join broker_profile b on b.id = d.broker_id
       join user_profile u on u.id = b.user_id
  where d.id = p_id
$f$;

-- InterestView as InterestService audits it (Side.NONE: no contacts)
create or replace function pg_temp.tm_interest_view(p_id bigint) returns jsonb language sql stable as $f$
  select jsonb_build_object(
    'id', e.id, 'listingId', e.listing_id, 'listingTitle', l.title, 'listingKind', l.kind,
    'organization', jsonb_build_object('id', o.id, 'nameZh', o.name_zh, 'nameEn', o.name_en),
    'listingOrganization', jsonb_build_object('id', lo.id, 'nameZh', lo.name_zh, 'nameEn', lo.name_en),
    'status', e.status, 'message', e.message, 'declineReason', e.decline_reason, 'decisionNote', e.decision_note,
    'createdAt', pg_temp.tm_iso(e.created_at), 'decidedAt', pg_temp.tm_iso(e.decided_at), 'party', null,
    'listingContact', null, 'version', e.version)
  from expression_of_interest e join listing l on l.id = e.listing_id join organization o on o.id = e.org_id
       join organization lo on lo.id = e.listing_org_id
  where e.id = p_id
$f$;

-- one audit line as AuditTrail writes it: the actor is the Keycloak subject, its name the username
create or replace function pg_temp.tm_audit(p_at timestamptz, p_subject text, p_action text, p_type text, p_id bigint,
                                            p_before jsonb, p_after jsonb) returns void language sql as $f$
  insert into audit_entry (occurred_at, actor, actor_name, action, entity_type, entity_id, before_state, after_state, request_id)
  select p_at, p_subject, coalesce((select u.username from user_profile u where u.subject = p_subject),
                                   case p_subject when '00000000-0000-4000-8000-000000000007' then 'registrar' end),
         p_action, p_type, p_id::text, p_before, p_after, 'demo-data'
$f$;

-- a notification as Inbox.deliver writes it (one per user and cause); demo history counts as mailed
create or replace function pg_temp.tm_notify(p_user bigint, p_kind text, p_key text, p_listing bigint, p_title text,
                                             p_body text, p_link text, p_at timestamptz, p_read boolean) returns void
language sql as $f$
  insert into notification (user_id, kind, dedup_key, listing_id, title, body, link, created_at, read_at, mail_status,
                            mail_attempts, mail_after)
  values (p_user, p_kind, p_key, p_listing, left(p_title, 300), left(p_body, 1000), p_link, p_at,
          case when p_read then p_at + interval '3 hours' end, 'SENT', 1, p_at)
  on conflict (user_id, dedup_key) do nothing
$f$;

-- a claim as ClaimService.claim writes it, with its audit line (the complexity is computed in Java: left out here)
create or replace function pg_temp.tm_claim(p_need bigint, p_broker bigint, p_subject text, p_at timestamptz) returns void
language plpgsql as $f$
begin
  insert into need_claim (need_id, broker_id, claimed_at) values (p_need, p_broker, p_at);
  perform pg_temp.tm_audit(p_at, p_subject, 'need.claimed', 'need-claim', p_need, null,
    (select jsonb_build_object('needId', l.id, 'needTitle', l.title, 'brokerId', p_broker,
                               'brokerName', coalesce(u.display_name, u.username), 'claimedAt', pg_temp.tm_iso(p_at),
                               'assignedBy', null, 'complexity', null)
     from listing l, user_profile u where l.id = p_need and u.subject = p_subject));
end
$f$;

-- a docking record as DockingLog.add writes it (entered an hour after it happened), with its audit line on the deal
create or replace function pg_temp.tm_docking(p_deal bigint, p_subject text, p_kind text, p_at timestamptz, p_parties text,
                                              p_notes text, p_next text, p_due date) returns void
language plpgsql as $f$
declare
  rid bigint;
begin
  insert into docking_record (deal_id, broker_id, kind, occurred_at, parties, notes, next_step, next_step_due, created_at)
  select d.id, d.broker_id, p_kind, p_at, left(p_parties, 500), p_notes, p_next, p_due, p_at + interval '1 hour'
  from deal d where d.id = p_deal
  returning id into rid;
  perform pg_temp.tm_audit(p_at + interval '1 hour', p_subject, 'deal.docking', 'deal', p_deal, null,
    (select jsonb_build_object('id', x.id, 'dealId', x.deal_id, 'kind', x.kind, 'occurredAt', pg_temp.tm_iso(x.occurred_at),
                               'parties', x.parties, 'notes', x.notes, 'nextStep', x.next_step,
                               'nextStepDue', x.next_step_due, 'createdAt', pg_temp.tm_iso(x.created_at))
     from docking_record x where x.id = rid));
end
$f$;

do $$
declare
  cat      bigint;  -- the catalogue's owner profile
  u_ent    bigint; u_ent2 bigint; u_res bigint; u_b1 bigint; u_b2 bigint;
  s_ent    constant text := '00000000-0000-4000-8000-000000000001';
  s_ent2   constant text := '00000000-0000-4000-8000-000000000002';
  s_res    constant text := '00000000-0000-4000-8000-000000000003';
  s_b1     constant text := '00000000-0000-4000-8000-000000000004';
  s_b2     constant text := '00000000-0000-4000-8000-000000000005';
  s_reg    constant text := '00000000-0000-4000-8000-000000000007';
  o_ent    bigint; o_ent2 bigint; o_res bigint;
  b1       bigint; b2 bigint; bid bigint; bsub text;
  today    timestamptz := (date_trunc('day', now() at time zone 'Asia/Shanghai')) at time zone 'Asia/Shanghai';
  r        record; need listing%rowtype; res listing%rowtype; res2 listing%rowtype;
  d_id     bigint; t timestamptz; t_next timestamptz; t_comm timestamptz;
  path     text[]; stage text; i int;
  before   jsonb; n_id bigint; e_id bigint; l_id bigint; l_title text;
  demand   text; supply text; dk text; due date;
  tid      bigint;
begin
  select id into cat from user_profile where subject = 'demo-catalogue';
  select id into u_ent from user_profile where subject = s_ent;
  select id into u_ent2 from user_profile where subject = s_ent2;
  select id into u_res from user_profile where subject = s_res;
  select id into u_b1 from user_profile where subject = s_b1;
  select id into u_b2 from user_profile where subject = s_b2;
  select id into o_ent from organization where credit_code = '915106034884507413';   -- 东方汽轮机
  select id into o_ent2 from organization where credit_code = '91511702352734788E';  -- 达州钢铁
  select id into o_res from organization where credit_code = '125101079616312829';   -- 四川大学
  if cat is null or u_ent is null or u_ent2 is null or u_res is null or u_b1 is null or u_b2 is null
     or o_ent is null or o_ent2 is null or o_res is null
     or not exists (select 1 from listing where owner_user_id = cat and kind = 'NEED' and status = 'PUBLISHED')
     or not exists (select 1 from listing where owner_user_id = cat and kind = 'RESULT' and status = 'PUBLISHED') then
    raise notice 'demo workbench: no catalogue or demo users, nothing to do';
    return;
  end if;
  if exists (select 1 from deal d join listing l on l.id = d.need_id where l.owner_user_id = cat) then
    raise notice 'demo workbench: already there';
    return;
  end if;

  -- ---------------------------------------------------------------- broker profiles (BrokerService.save, addTraining)
  for r in select * from (values
      (1, s_b1, u_b1, 'INTERMEDIATE', '1251060310369253XK', array['EQUIP','ENERGY'], array['510600'],
       '德阳市科技成果转移转化中心技术经纪人，专注清洁能源装备与能源化工方向，服务东汽、东电等重大装备企业的技术需求对接。',
       '0838-2201234', 300),
      (2, s_b2, u_b2, 'SENIOR', 'Y1511700196273261W', array['MAT','ENV','DIGITAL'], array['511700','CDMZ'],
       '国家技术转移西南中心达州分中心高级技术经理人，长期从事新材料、节能环保和数字化改造项目的成果转化与合同谈判。',
       '0818-2105678', 400)
    ) v(n, subject, uid, level, org_code, fields, regions, bio, phone, days)
  loop
    bid := null;
    insert into broker_profile (user_id, level, organization_id, bio, phone, created_at, updated_at)
    select r.uid, r.level, o.id, r.bio, r.phone, today - r.days * interval '1 day' + interval '10 hours',
           today - r.days * interval '1 day' + interval '10 hours'
    from organization o where o.credit_code = r.org_code
    on conflict (user_id) do nothing
    returning id into bid;
    if bid is not null then
      insert into broker_field (broker_id, industry_code) select bid, unnest(r.fields) on conflict do nothing;
      insert into broker_region (broker_id, region_code) select bid, unnest(r.regions) on conflict do nothing;
      perform pg_temp.tm_audit(today - r.days * interval '1 day' + interval '10 hours', r.subject, 'broker.created', 'broker', bid, null,
        (select jsonb_build_object('id', b.id, 'username', u.username, 'displayName', u.display_name, 'level', b.level,
           'fields', (select jsonb_agg(jsonb_build_object('code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en) order by i.code)
                      from broker_field f join industry i on i.code = f.industry_code where f.broker_id = b.id),
           'regions', (select jsonb_agg(jsonb_build_object('code', x.region_code,
                                          'nameZh', coalesce(rg.name_zh, g.name_zh), 'nameEn', coalesce(rg.name_en, g.name_en))
                                        order by x.region_code)
                       from broker_region x left join region rg on rg.code = x.region_code
                            left join region_group g on g.code = x.region_code where x.broker_id = b.id),
           'organization', jsonb_build_object('code', o.id::text, 'nameZh', o.name_zh, 'nameEn', o.name_en),
           'bio', b.bio, 'phone', b.phone, 'trainings', '[]'::jsonb, 'trainingHours', 0,
           'trackRecord', jsonb_build_object('deals', 0, 'open', 0, 'signed', 0, 'registered', 0, 'terminated', 0,
                                             'turnover', 0.00, 'winRate', null),
           'version', b.version)
         from broker_profile b join user_profile u on u.id = b.user_id join organization o on o.id = b.organization_id
         where b.id = bid));
      for tid in
        insert into broker_training (broker_id, kind, title, provider, completed_on, hours, certificate, created_at)
        select bid, t.kind, t.title, t.provider, t.completed_on, t.hours, t.certificate, today - r.days * interval '1 day' + interval '11 hours'
        from (values
          (1, 'INITIAL', '技术经纪人（初级）培训', '四川省技术转移中心', date '2022-11-18', 48, 'SCJJR-2022-0815'),
          (1, 'CERTIFICATION', '技术经理人能力评价（中级）', '中国科学技术交流中心', date '2024-06-21', 16, 'CASTEM-M-2024-03127'),
          (1, 'CONTINUING', '技术合同认定登记与知识产权运营实务', '德阳市科学技术局', date '2025-09-12', 24, null),
          (2, 'INITIAL', '技术经纪人（初级）培训', '国家技术转移西南中心', date '2019-05-10', 48, 'XNZX-2019-0231'),
          (2, 'CERTIFICATION', '技术经理人能力评价（高级）', '中国科学技术交流中心', date '2023-10-27', 24, 'CASTEM-S-2023-00418'),
          (2, 'CONTINUING', '科技成果评价与作价入股实务', '四川省科学技术厅', date '2025-04-18', 32, null)
        ) t(n, kind, title, provider, completed_on, hours, certificate)
        where t.n = r.n
        order by t.completed_on
        returning id
      loop
        perform pg_temp.tm_audit(today - r.days * interval '1 day' + interval '11 hours', r.subject, 'broker.training.added',
          'broker', bid, null,
          (select jsonb_build_object('id', t.id, 'kind', t.kind, 'title', t.title, 'provider', t.provider,
                                     'completedOn', t.completed_on, 'hours', t.hours, 'certificate', t.certificate)
           from broker_training t where t.id = tid));
      end loop;
    end if;
  end loop;
  select id into b1 from broker_profile where user_id = u_b1;
  select id into b2 from broker_profile where user_id = u_b2;

  -- ---------------------------------------------------------------- deals (ClaimService.claim, DealService, DockingLog)
  -- path: the stages in order; for a terminated deal the last is TERMINATED. days: how long ago it was opened; durs:
  -- days spent in each stage but the current one. Commission: agreed at opening, or (when it reached 谈判) on the eve.
  for r in select * from (values
      ( 1, 1, '热障涂层',   'EQUIP',   array['LEAD','DOCKING','NEGOTIATION','SIGNED','REGISTERED'], 236, array[6,28,35,18],
        'PERCENT', 5.00, null::numeric, null::int, 1860000.00, null, null, '燃机叶片热障涂层工艺技术转让', 2),
      ( 2, 1, '风电主轴承', 'EQUIP',   array['LEAD','DOCKING','NEGOTIATION','SIGNED','REGISTERED'], 212, array[4,22,30,21],
        'FIXED', null, 120000.00, null, 2450000.00, null, null, '大型风电主轴承滚道强化技术许可', 1),
      ( 3, 1, '低氮燃烧',   'EQUIP',   array['LEAD','DOCKING','NEGOTIATION','SIGNED','REGISTERED'], 183, array[9,35,41,14],
        'INCOME_SHARE', 3.00, null, 3, 980000.00, null, null, '燃气轮机低氮燃烧室联合开发', 1),
      ( 4, 1, '冲击式',     'EQUIP',   array['LEAD','DOCKING','NEGOTIATION','SIGNED'], 151, array[5,26,38],
        'PERCENT', 4.50, null, null, 3200000.00, null, null, '冲击式水电机组转轮抗磨蚀涂层合作', 2),
      ( 5, 1, 'ORC',        'EQUIP',   array['LEAD','DOCKING','NEGOTIATION','TERMINATED'], 171, array[7,30,25],
        'PERCENT', 5.00, null, null, null, 'PRICE_GAP', '双方报价差距约四成，企业决定转为自主研发。', 'ORC余热发电膨胀机技术引进', 1),
      ( 6, 1, '抽水蓄能',   'EQUIP',   array['LEAD','DOCKING','NEGOTIATION'], 96, array[8,33],
        'FIXED', null, 150000.00, null, null, null, null, '可变速抽水蓄能机组励磁控制技术合作', 1),
      ( 7, 1, '膜电极',     'EQUIP',   array['LEAD','DOCKING'], 61, array[6],
        null, null, null, null, null, null, null, '燃料电池膜电极低铂催化剂中试对接', 1),
      ( 8, 1, '地热',       'ENERGY',  array['LEAD','DOCKING','TERMINATED'], 122, array[10,21],
        null, null, null, null, null, 'IP_RISK', '成果专利为共有专利，共有人不同意许可，暂停对接。', '中深层地热换热技术许可', 1),
      ( 9, 1, '储氢',       'ENERGY',  array['LEAD'], 12, array[]::int[],
        null, null, null, null, null, null, null, '高压储氢瓶组成果推介', 1),
      (10, 1, '电解水',     'EQUIP',   array['LEAD','DOCKING'], 41, array[11],
        'PERCENT', 4.00, null, null, null, null, null, '碱性电解槽电极涂层技术对接', 1),
      (11, 1, '探伤',       'EQUIP',   array['LEAD'], 4, array[]::int[],
        null, null, null, null, null, null, null, '大型铸锻件超声探伤需求初筛', 1),
      (12, 2, '玄武岩纤维', 'MAT',     array['LEAD','DOCKING','NEGOTIATION','SIGNED','REGISTERED'], 226, array[5,24,29,26],
        'FIXED', null, 200000.00, null, 4800000.00, null, null, '连续玄武岩纤维池窑拉丝技术转让', 2),
      (13, 2, '磷酸铁锂',   'MAT',     array['LEAD','DOCKING','NEGOTIATION','SIGNED'], 110, array[6,19,33],
        'INCOME_SHARE', 2.50, null, 5, 1500000.00, null, null, '磷酸铁锂正极材料改性技术作价合作', 1),
      (14, 2, '烧结烟气',   'ENV',     array['LEAD','DOCKING','NEGOTIATION'], 76, array[9,27],
        'PERCENT', 3.50, null, null, null, null, null, '烧结烟气超低排放改造技术对接', 1),
      (15, 2, '土壤修复',   'ENV',     array['LEAD','TERMINATED'], 141, array[12],
        null, null, null, null, null, 'NO_SUITABLE_RESULT', '库内成果修复指标均未达到企业要求。', '重金属污染土壤修复方案征集', 1),
      (16, 2, '传感器',     'DIGITAL', array['LEAD','DOCKING'], 31, array[7],
        null, null, null, null, null, null, null, 'MEMS压力传感器封装工艺对接', 1),
      (17, 2, '工业软件',   'DIGITAL', array['LEAD'], 8, array[]::int[],
        null, null, null, null, null, null, null, '工业软件国产化替代需求梳理', 1),
      (18, 2, '石墨烯',     'MAT',     array['LEAD','DOCKING','NEGOTIATION','TERMINATED'], 91, array[6,20,18],
        'FIXED', null, 60000.00, null, null, 'OTHER', '企业年度预算调整，项目延期到明年再议。', '石墨烯导热膜量产工艺合作', 1)
    ) v(n, who, kw, ind, path, days, durs, ckind, crate, camount, cyears, amount, reason, note, title, results)
    order by n
  loop
    bid := case r.who when 1 then b1 else b2 end;
    bsub := case r.who when 1 then s_b1 else s_b2 end;
    select l.* into need from listing l
    where l.owner_user_id = cat and l.kind = 'NEED' and l.status = 'PUBLISHED'
      and not exists (select 1 from deal d where d.need_id = l.id)
      and not exists (select 1 from need_claim c where c.need_id = l.id)
    order by (l.title like '%' || r.kw || '%') desc, (l.industry_code like r.ind || '%') desc, l.title, l.id
    limit 1;
    continue when not found;
    select l.* into res from listing l
    where l.owner_user_id = cat and l.kind = 'RESULT' and l.status = 'PUBLISHED'
    order by (l.title like '%' || r.kw || '%') desc, (l.industry_code = need.industry_code) desc,
             (l.industry_code like r.ind || '%') desc, l.title, l.id
    limit 1;
    res2 := null;
    if r.results > 1 then
      select l.* into res2 from listing l
      where l.owner_user_id = cat and l.kind = 'RESULT' and l.status = 'PUBLISHED' and l.id <> res.id
        and l.owner_org_id <> res.owner_org_id and l.title <> res.title
      order by (l.title like '%' || r.kw || '%') desc, (l.industry_code = need.industry_code) desc, l.title, l.id
      limit 1;
    end if;
    t := today - r.days * interval '1 day' + interval '9 hours 30 minutes' + (r.n * 7) * interval '1 minute';

    -- the claim, a day before the deal
    perform pg_temp.tm_claim(need.id, bid, bsub, t - interval '1 day');

    -- opened as a lead (DealService.open)
    insert into deal (need_id, broker_id, title, stage, stage_entered_at, created_at, updated_at, version)
    values (need.id, bid, r.title, 'LEAD', t, t, t, 0) returning id into d_id;
    insert into deal_party (deal_id, organization_id, role) values (d_id, need.owner_org_id, 'DEMAND');
    insert into deal_result (deal_id, result_id) values (d_id, res.id);
    insert into deal_party (deal_id, organization_id, role) values (d_id, res.owner_org_id, 'SUPPLY') on conflict do nothing;
    if res2.id is not null then
      insert into deal_result (deal_id, result_id) values (d_id, res2.id);
      insert into deal_party (deal_id, organization_id, role) values (d_id, res2.owner_org_id, 'SUPPLY') on conflict do nothing;
    end if;
    if r.ckind is not null and not ('NEGOTIATION' = any (r.path)) then
      update deal set commission_kind = r.ckind, commission_rate = r.crate, commission_amount = r.camount,
                      commission_years = r.cyears where id = d_id;
    end if;
    insert into deal_stage_stay (deal_id, stage, entered_at) values (d_id, 'LEAD', t);
    perform pg_temp.tm_audit(t, bsub, 'deal.opened', 'deal', d_id, null, pg_temp.tm_deal_view(d_id));

    select o.name_zh into demand from organization o where o.id = need.owner_org_id;
    select o.name_zh into supply from organization o where o.id = res.owner_org_id;

    -- the stages (Deal.moveTo; DealService.transition, DealRegistrations.registered)
    for i in 2 .. coalesce(array_length(r.path, 1), 1) loop
      stage := r.path[i];
      t_next := t + r.durs[i - 1] * interval '1 day' + ((r.n + i) % 5) * interval '1 hour';
      if stage = 'NEGOTIATION' and r.ckind is not null then
        t_comm := t_next - interval '20 hours';
        before := pg_temp.tm_deal_view(d_id);
        update deal set commission_kind = r.ckind, commission_rate = r.crate, commission_amount = r.camount,
                        commission_years = r.cyears, updated_at = t_comm, version = version + 1 where id = d_id;
        perform pg_temp.tm_audit(t_comm, bsub, 'deal.commission', 'deal', d_id, before, pg_temp.tm_deal_view(d_id));
      end if;
      before := pg_temp.tm_deal_view(d_id);
      update deal_stage_stay set left_at = t_next where deal_id = d_id and left_at is null;
      insert into deal_stage_stay (deal_id, stage, entered_at) values (d_id, stage, t_next);
      update deal set stage = r.path[i], stage_entered_at = t_next, updated_at = t_next, version = version + 1,
                      amount = case when r.path[i] = 'SIGNED' then r.amount else amount end,
                      signed_on = case when r.path[i] = 'SIGNED' then (t_next at time zone 'Asia/Shanghai')::date - 1 else signed_on end,
                      signed_at = case when r.path[i] = 'SIGNED' then t_next else signed_at end,
                      registered_at = case when r.path[i] = 'REGISTERED' then t_next else registered_at end,
                      contract_ref = case when r.path[i] = 'REGISTERED'
                                          then to_char(t_next at time zone 'Asia/Shanghai', 'YYYY') || '5106'
                                               || lpad((r.n * 37 + 101)::text, 6, '0')
                                          else contract_ref end,
                      termination_reason = case when r.path[i] = 'TERMINATED' then r.reason else termination_reason end,
                      termination_note = case when r.path[i] = 'TERMINATED' then r.note else termination_note end
      where id = d_id;
      perform pg_temp.tm_audit(t_next, case when stage = 'REGISTERED' then s_reg else bsub end,
                               'deal.' || lower(stage), 'deal', d_id, before, pg_temp.tm_deal_view(d_id));

      -- the docking log: what happened in the stage just left, with the next step
      if r.path[i - 1] in ('DOCKING', 'NEGOTIATION') then
        dk := case when r.path[i - 1] = 'NEGOTIATION' then 'MEETING' when r.n % 3 = 0 then 'ROADSHOW'
                   when r.n % 2 = 0 then 'VISIT' else 'CALL' end;
        perform pg_temp.tm_docking(d_id, bsub, dk, t + interval '2 days' + interval '2 hours', demand || '；' || supply,
                case dk
                  when 'CALL' then '电话沟通“' || need.title || '”的指标和预算，需求方确认需求仍有效，同意安排技术交流。'
                  when 'VISIT' then '走访' || demand || '生产现场，查看现有工艺和设备条件，记录了三项关键约束，转给' || supply || '评估。'
                  when 'ROADSHOW' then '在成果路演活动上推介“' || res.title || '”，需求方技术负责人到场提问，会后索取了检测报告。'
                  else '组织双方会谈，逐条讨论许可方式、价格区间、付款节点和知识产权归属，形成会议纪要。' end,
                case r.path[i - 1]
                  when 'DOCKING' then '约双方技术负责人面谈，准备合作框架和报价区间'
                  else '整理合同草案，报双方法务审核' end,
                (t_next at time zone 'Asia/Shanghai')::date - 1);
      end if;
      t := t_next;
    end loop;

    -- an open deal past the lead: its latest docking record, with a next step still ahead
    if r.path[array_length(r.path, 1)] in ('DOCKING', 'NEGOTIATION') then
      dk := case when r.path[array_length(r.path, 1)] = 'NEGOTIATION' then 'MEETING' when r.n % 2 = 0 then 'VISIT' else 'CALL' end;
      due := (now() at time zone 'Asia/Shanghai')::date + 3 + r.n % 9;
      perform pg_temp.tm_docking(d_id, bsub, dk, t + interval '3 days' + interval '1 hour', demand || '；' || supply,
              case dk
                when 'MEETING' then '第二轮商务谈判：价格已接近，分歧在后续改进成果的归属和技术服务期限。'
                when 'VISIT' then '陪同' || supply || '课题组走访' || demand || '，现场确认试验条件，对方同意提供样件。'
                else '电话回访需求方，确认已收到成果资料，技术部正在内部评估。' end,
              case dk
                when 'MEETING' then '发出合同修改稿，约定签约时间'
                when 'VISIT' then '寄送样件并约定联合测试方案'
                else '催收评估意见，约现场交流' end,
              due);
    end if;
  end loop;

  -- ---------------------------------------------------------------- claims without a deal yet (the first is complex)
  for r in select * from (values
      (1, b1, s_b1, 'EQUIP', 2, true), (2, b1, s_b1, 'ENERGY', 5, false), (3, b2, s_b2, 'MAT', 3, true)
    ) v(n, broker, subject, ind, days, complex)
    order by n
  loop
    select l.* into need from listing l
    where not exists (select 1 from need_claim c where c.need_id = l.id)
      and l.owner_user_id = cat and l.kind = 'NEED' and l.status = 'PUBLISHED'
    order by (l.industry_code like r.ind || '%') desc,
             case when r.complex then length(coalesce(l.problem, '') || coalesce(l.target_indicators, '')
                                             || coalesce(l.details, '') || coalesce(l.summary, '')) else 0 end desc,
             l.title, l.id
    limit 1;
    continue when not found;
    t := today - r.days * interval '1 day' + interval '15 hours';
    perform pg_temp.tm_claim(need.id, r.broker, r.subject, t);
  end loop;

  -- ---------------------------------------------------------------- expressions of interest (InterestService)
  -- (listing owner, interested org and user, words of the title preferred, status, reason, note, days ago)
  for r in select * from (values
      (1, o_res, o_ent,  u_ent,  s_ent,  'RESULT', '涂层', 'ACCEPTED', null, '欢迎来校交流，课题组已安排下周接待。', 20,
       '我司燃机叶片涂层寿命不足，希望了解该成果的中试数据和许可方式。', '13808100011'),
      (2, o_res, o_ent2, u_ent2, s_ent2, 'RESULT', '烧结', 'OPEN',     null, null, 3,
       '达钢正在推进烧结和轧钢工序节能改造，想了解成果在钢铁企业的应用案例和合作方式。', '13908180022'),
      (3, o_ent, o_res,  u_res,  s_res,  'NEED',   '燃气轮机', 'DECLINED', 'FIT', '方案的技术路线与我司现有产线不匹配，暂不推进。', 35,
       '我校课题组在该方向有多年积累和授权专利，可承担联合攻关或技术开发。', '02885400033'),
      (4, o_ent, o_ent2, u_ent2, s_ent2, 'NEED',   '燃气轮机', 'OPEN', null, null, 1,
       '我公司在相近工况下有应用经验，愿意提供现场数据和试验条件，参与联合攻关。', null)
    ) v(n, owner_org, org, uid, subject, kind, kw, status, reason, note, days, message, phone)
    order by n
  loop
    select l.id, l.title into l_id, l_title from listing l
    where l.owner_user_id = cat and l.kind = r.kind and l.status = 'PUBLISHED' and l.owner_org_id = r.owner_org
      and not exists (select 1 from expression_of_interest e where e.listing_id = l.id)
    order by (l.title like '%' || r.kw || '%') desc, l.title, l.id
    limit 1;
    continue when not found;
    t := today - r.days * interval '1 day' + interval '14 hours 20 minutes';
    insert into expression_of_interest (listing_id, listing_org_id, org_id, user_id, message, contact_phone, status,
                                        created_at, updated_at, version)
    values (l_id, r.owner_org, r.org, r.uid, r.message, r.phone, 'OPEN', t, t, 0)
    returning id into e_id;
    perform pg_temp.tm_audit(t, r.subject, 'interest.expressed', 'interest', e_id, null, pg_temp.tm_interest_view(e_id));
    -- every member of the listing's organization hears of it
    for n_id in select m.user_id from membership m where m.organization_id = r.owner_org loop
      perform pg_temp.tm_notify(n_id, 'INTEREST_RECEIVED', 'interest:' || e_id || ':interest_received', l_id, l_title,
        (select name_zh from organization where id = r.org) || '：' || r.message, '/interests/received/' || l_id,
        t, r.status <> 'OPEN');
    end loop;
    if r.status <> 'OPEN' then
      t_next := t + interval '2 days 3 hours';
      before := pg_temp.tm_interest_view(e_id);
      update expression_of_interest
      set status = r.status, decline_reason = r.reason, decision_note = r.note,
          decided_by = (select m.user_id from membership m join user_profile u on u.id = m.user_id
                        where m.organization_id = r.owner_org and u.subject in (s_ent, s_res) limit 1),
          decided_at = t_next, updated_at = t_next, version = version + 1
      where id = e_id;
      perform pg_temp.tm_audit(t_next, case when r.owner_org = o_ent then s_ent else s_res end,
                               case r.status when 'ACCEPTED' then 'interest.accepted' else 'interest.declined' end,
                               'interest', e_id, before, pg_temp.tm_interest_view(e_id));
      perform pg_temp.tm_notify(r.uid, case r.status when 'ACCEPTED' then 'INTEREST_ACCEPTED' else 'INTEREST_DECLINED' end,
        'interest:' || e_id || ':decided', l_id, l_title, r.note, '/interests/mine', t_next, false);
    end if;
  end loop;

  -- ---------------------------------------------------------------- enterprise's saved search and followed need
  insert into saved_search (user_id, name, query, created_at)
  select u_ent, '热障涂层 科技成果', '{"q":"热障涂层","type":"RESULT"}'::jsonb, today - interval '40 days' + interval '16 hours'
  where not exists (select 1 from saved_search where user_id = u_ent and name = '热障涂层 科技成果');
  select l.id, l.title into l_id, l_title from listing l
  where l.owner_user_id = cat and l.kind = 'RESULT' and l.status = 'PUBLISHED'
  order by (l.title like '%热障涂层%') desc, l.published_at desc, l.id
  limit 1;
  perform pg_temp.tm_notify(u_ent, 'SAVED_SEARCH', 'listing:' || l_id, l_id, l_title, '热障涂层 科技成果',
                            '/listings/' || l_id, today - interval '6 days' + interval '8 hours', false);

  select l.* into need from listing l
  where l.owner_user_id = cat and l.kind = 'NEED' and l.status = 'PUBLISHED' and l.owner_org_id <> o_ent
  order by (l.title like '%低氮燃烧%') desc, (l.industry_code like 'EQUIP%') desc, l.title, l.id
  limit 1;
  if not found then
    return;
  end if;
  insert into need_follow (user_id, listing_id, created_at)
  values (u_ent, need.id, today - interval '30 days' + interval '10 hours')
  on conflict (user_id, listing_id) do nothing;
  select l.id, l.title into l_id, l_title from listing l
  where l.owner_user_id = cat and l.kind = 'RESULT' and l.status = 'PUBLISHED' and l.industry_code = need.industry_code
    and not exists (select 1 from notification n where n.user_id = u_ent and n.dedup_key = 'listing:' || l.id)
  order by (l.title like '%低氮燃烧%') desc, l.published_at desc, l.id
  limit 1;
  if l_id is not null then
    perform pg_temp.tm_notify(u_ent, 'FOLLOWED_NEED', 'listing:' || l_id, l_id, l_title, need.title || ' · 78%',
                              '/listings/' || l_id, today - interval '2 days' + interval '9 hours', false);
  end if;
  raise notice 'demo workbench loaded';
end
$$;

drop function pg_temp.tm_docking(bigint, text, text, timestamptz, text, text, text, date);
drop function pg_temp.tm_claim(bigint, bigint, text, timestamptz);
drop function pg_temp.tm_notify(bigint, text, text, bigint, text, text, text, timestamptz, boolean);
drop function pg_temp.tm_audit(timestamptz, text, text, text, bigint, jsonb, jsonb);
drop function pg_temp.tm_interest_view(bigint);
drop function pg_temp.tm_deal_view(bigint);
drop function pg_temp.tm_iso(timestamptz);
