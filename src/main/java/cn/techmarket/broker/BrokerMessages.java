package cn.techmarket.broker;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The broker workbench's texts ({brk:…}). Chinese here; English in messages/brk_en.properties. */
@MessageBundle(value = "brk", locale = "zh-CN")
public interface BrokerMessages {
    @Message("经纪人工作台") String nav_workbench();
    @Message("经纪人看板") String nav_dashboard();
    @Message("经纪人档案") String profile_title();
    @Message("编辑档案") String profile_edit();
    @Message("{#when l}{#is 'JUNIOR'}初级技术经理人{#is 'INTERMEDIATE'}中级技术经理人{#is 'SENIOR'}高级技术经理人{/when}")
    String level(String l);
    @Message("等级（T/CASTEM 1007—2022）") String level_label();
    @Message("擅长领域") String fields();
    @Message("服务地区") String regions();
    @Message("所属机构") String institution();
    @Message("不属于任何机构") String no_institution();
    @Message("简介") String bio();
    @Message("联系电话") String phone();
    @Message("保存") String save();
    @Message("已保存。") String saved();
    @Message("请先填写经纪人档案：等级、擅长领域和服务地区决定了待认领需求的排序。") String profile_first();
    @Message("按住 Ctrl / ⌘ 可多选") String multi_hint();

    @Message("培训与继续教育") String trainings();
    @Message("{#when k}{#is 'INITIAL'}初始培训{#is 'CONTINUING'}继续教育{#is 'CERTIFICATION'}能力评价/证书{/when}") String training_kind(String k);
    @Message("类型") String training_kind_label();
    @Message("课程名称") String training_title();
    @Message("培训机构") String training_provider();
    @Message("完成日期") String training_date();
    @Message("学时") String training_hours();
    @Message("证书编号") String training_certificate();
    @Message("添加记录") String training_add();
    @Message("删除") String delete();
    @Message("共 {hours} 学时") String training_total(int hours);
    @Message("暂无培训记录。") String training_none();

    @Message("业绩（由交易自动统计）") String track_record();
    @Message("承办交易") String tr_deals();
    @Message("进行中") String tr_open();
    @Message("已签约") String tr_signed();
    @Message("已登记") String tr_registered();
    @Message("已终止") String tr_terminated();
    @Message("促成成交额") String tr_turnover();
    @Message("成交率") String tr_win_rate();

    @Message("待认领需求") String queue_title();
    @Message("按与您擅长领域、服务地区的匹配度排序，匹配度相同时复杂需求在前。") String queue_hint_broker();
    @Message("未分配经纪人的需求，按复杂度排序。") String queue_hint_admin();
    @Message("暂无待认领的需求。") String queue_empty();
    @Message("匹配度") String fit();
    @Message("行业") String fit_industry();
    @Message("相近行业") String fit_near();
    @Message("地区") String fit_region();
    @Message("认领") String claim();
    @Message("分配给") String assign_to();
    @Message("分配") String assign();
    @Message("放回队列") String release();
    @Message("我认领的需求") String my_claims();
    @Message("还没有认领需求。") String my_claims_empty();
    @Message("发起交易") String open_deal();
    @Message("查看匹配成果") String see_matches();
    @Message("运营分配") String assigned();

    @Message("需求复杂度") String complexity();
    @Message("{#when r}{#is 'AUTO'}可自动匹配{#is 'BROKER_SUGGESTED'}建议经纪人介入{#is 'BROKER_REQUIRED'}须经纪人介入{/when}")
    String routing(String r);
    @Message("""
            {#when f}{#is 'indicators'}量化指标{#is 'production'}中试/量产要求{#is 'ip'}知识产权风险{#is 'commercial'}商业与供应链\
            {#is 'length'}描述篇幅{#is 'budget'}预算不明{/when}""")
    String factor(String f);

    @Message("该需求较复杂，已进入技术经纪人工作台，由经纪人介入对接（保密协议、样品清单、合同边界）后再进入谈判。")
    String routed_note();
    @Message("我的交易") String my_deals();
    @Message("全部交易") String all_deals();
    @Message("暂无交易。") String deals_empty();
    @Message("交易") String deal();
    @Message("""
            {#when s}{#is 'LEAD'}线索{#is 'DOCKING'}对接中{#is 'NEGOTIATION'}谈判{#is 'SIGNED'}签约{#is 'REGISTERED'}已登记\
            {#is 'TERMINATED'}终止{/when}""")
    String stage(String s);
    @Message("""
            {#when s}{#is 'DOCKING'}进入对接{#is 'NEGOTIATION'}进入谈判{#is 'SIGNED'}登记签约{#is 'TERMINATED'}终止交易{/when}""")
    String move(String s);
    @Message("""
            {#when r}{#is 'NO_SUITABLE_RESULT'}无合适成果{#is 'PRICE_GAP'}价格分歧{#is 'IP_RISK'}知识产权风险\
            {#is 'TECHNICAL_INFEASIBLE'}技术不可行{#is 'PARTY_WITHDREW'}一方退出{#is 'NEED_CLOSED'}需求已关闭{#is 'OTHER'}其他{/when}""")
    String reason(String r);
    @Message("终止原因") String reason_label();
    @Message("说明") String note();
    @Message("交易名称") String deal_title();
    @Message("需求") String need();
    @Message("成果") String results();
    @Message("成果编号（多个用逗号分隔）") String result_ids();
    @Message("参与方") String parties();
    @Message("{#when r}{#is 'DEMAND'}需求方{#is 'SUPPLY'}供给方{/when}") String party_role(String r);
    @Message("经纪人") String broker();
    @Message("阶段历程") String history();
    @Message("进入") String entered();
    @Message("离开") String left();
    @Message("成交额（元）") String amount();
    @Message("签约日期") String signed_on();
    @Message("合同登记号") String contract_ref();
    @Message("签约后移交技术合同认定登记，登记完成后自动变为“已登记”。") String handover_note();

    @Message("佣金约定") String commission();
    @Message("{#when k}{#is 'PERCENT'}按成交额比例{#is 'FIXED'}固定金额{#is 'INCOME_SHARE'}收益分成{/when}") String commission_kind(String k);
    @Message("方式") String commission_kind_label();
    @Message("比例（%）") String commission_rate();
    @Message("金额（元）") String commission_amount();
    @Message("分成年限") String commission_years();
    @Message("应收佣金") String commission_due();
    @Message("尚未约定") String commission_none();
    @Message("保存佣金约定") String commission_save();

    @Message("对接记录") String dockings();
    @Message("{#when k}{#is 'CALL'}电话{#is 'VISIT'}走访{#is 'MEETING'}会谈{#is 'ROADSHOW'}路演{/when}") String docking_kind(String k);
    @Message("方式") String docking_kind_label();
    @Message("时间") String docking_time();
    @Message("参与方") String docking_parties();
    @Message("对接情况") String docking_notes();
    @Message("下一步") String docking_next();
    @Message("下一步期限") String docking_due();
    @Message("添加对接记录") String docking_add();
    @Message("暂无对接记录。") String docking_none();

    @Message("看板") String dashboard();
    @Message("统计期间（按交易发起日期）") String period();
    @Message("从") String from();
    @Message("至") String to();
    @Message("查看") String apply();
    @Message("全部时间") String all_time();
    @Message("交易数") String deals();
    @Message("各阶段交易") String by_stage();
    @Message("阶段转化") String conversion();
    @Message("到达") String reached();
    @Message("进入下一阶段") String advanced();
    @Message("转化率") String rate();
    @Message("阶段停留时间（天）") String time_in_stage();
    @Message("完成次数") String stays();
    @Message("平均") String average();
    @Message("中位数") String median();
    @Message("促成成交额（元）") String turnover();
    @Message("应收佣金（元，固定条款）") String commission_total();
    @Message("各阶段到达交易数") String funnel_chart();
    @Message("—") String none();
    @Message("按匹配度排列最新的 {ranked} 条；共 {total} 条待认领，可用筛选缩小范围。") String queue_pool(long ranked, long total);
    @Message("全部行业") String queue_all_industries();
}
