package cn.techmarket.listing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The listing and search pages' texts ({lst:…} in templates). Chinese here; English in messages/lst_en.properties.
 * Enum labels take the constant's name, so one message covers every value.
 */
@MessageBundle(value = "lst", locale = "zh-CN")
public interface ListingMessages {
    @Message("技术需求与科技成果") String nav_listings();
    @Message("我的发布") String nav_mine();
    @Message("审核队列") String nav_moderation();
    @Message("{#when k}{#is 'NEED'}技术需求{#is 'RESULT'}科技成果{/when}") String kind(String k);
    @Message("""
            {#when s}{#is 'DRAFT'}草稿{#is 'SUBMITTED'}待审核{#is 'PUBLISHED'}已发布{#is 'RETURNED'}整改\
            {#is 'REJECTED'}拒绝{#is 'DEALT'}已成交{#is 'WITHDRAWN'}已下架{#is 'EXPIRED'}已过期{/when}""")
    String status(String s);
    @Message("""
            {#when s}{#is 'LAB'}小试{#is 'PILOT'}中试{#is 'MATURATION'}熟化{#is 'ENGINEERING'}工程化\
            {#is 'INDUSTRIAL'}产业化{/when}""")
    String stage(String s);
    @Message("""
            {#when m}{#is 'TRANSFER'}技术转让{#is 'LICENSE'}技术许可{#is 'COMMISSIONED_DEV'}委托开发\
            {#is 'JOINT_DEV'}合作开发{#is 'CONSULTING'}技术咨询{#is 'SERVICE'}技术服务{#is 'EQUITY'}技术入股{/when}""")
    String mode(String m);
    @Message("{#when c}{#is 'BOTTLENECK'}卡脖子{#is 'STRENGTH'}长板{/when}") String need_class(String c);
    @Message("""
            {#when r}{#is 'OWNED'}单位所有{#is 'LONG_TERM_USE'}科研人员长期使用权{#is 'JOINT'}共同所有\
            {#is 'LICENSED'}许可使用{/when}""")
    String rights(String r);
    @Message("{#when p}{#is 'AGREEMENT'}协议定价{#is 'LISTING'}挂牌交易{#is 'AUCTION'}拍卖{/when}") String pricing(String p);
    @Message("""
            {#when t}{#is 'INVENTION_PATENT'}发明专利{#is 'UTILITY_MODEL'}实用新型{#is 'DESIGN_PATENT'}外观设计\
            {#is 'SOFTWARE_COPYRIGHT'}软件著作权{#is 'TRADE_SECRET'}技术秘密{#is 'PLANT_VARIETY'}植物新品种\
            {#is 'IC_LAYOUT'}集成电路布图设计{#is 'OTHER'}其他{/when}""")
    String ip_type(String t);
    @Message("{#when s}{#is 'APPLIED'}申请中{#is 'GRANTED'}已授权{#is 'EXPIRED'}已失效{#is 'OTHER'}其他{/when}")
    String ip_status(String s);
    @Message("""
            {#when b}{#is 'NEGOTIABLE'}面议{#is 'LT_10W'}10万元以下{#is 'FROM_10W'}10–50万元{#is 'FROM_50W'}50–100万元\
            {#is 'FROM_100W'}100–500万元{#is 'FROM_500W'}500–1000万元{#is 'FROM_1000W'}1000万元以上\
            {#is 'UNKNOWN'}未标价{/when}""")
    String price_band(String b);
    @Message("""
            {#when a}{#is 'SUBMIT'}提交审核{#is 'WITHDRAW'}下架{#is 'REOPEN'}重新编辑{#is 'MARK_DEALT'}标记已成交\
            {#is 'RENEW'}续期{#is 'APPROVE'}审核通过并发布{#is 'RETURN'}退回整改{#is 'REJECT'}拒绝{/when}""")
    String action(String a);

    @Message("搜索技术需求、科技成果，如：高温合金、智能制造、锂电池") String search_placeholder();
    @Message("找到 {total} 条") String search_total(long total);
    @Message("没有找到符合条件的需求或成果。试试更短的关键词，或去掉部分筛选条件。") String search_empty();
    @Message("全部类型") String search_all_kinds();
    @Message("没有同时包含这些词的结果，以下结果包含其中部分词语。") String search_relaxed();
    @Message("只看包含全部词语的结果") String search_strict();
    @Message("您是不是要找：") String search_suggestions();
    @Message("筛选") String facets();
    @Message("清除筛选") String clear_filters();
    @Message("排序") String sort();
    @Message("{#when s}{#is 'relevance'}相关度{#is 'newest'}最新发布{#is 'price_asc'}价格从低到高{#is 'price_desc'}价格从高到低{/when}")
    String sort_by(String s);
    @Message("""
            {#when f}{#is 'type'}类型{#is 'industry'}行业{#is 'subIndustry'}细分行业{#is 'city'}地区{#is 'regionGroup'}区域协同\
            {#is 'stage'}成熟度{#is 'trl'}技术就绪度 TRL{#is 'mode'}合作/转化方式{#is 'ipType'}知识产权类型\
            {#is 'priceBand'}价格/预算{/when}""")
    String facet(String f);
    @Message("更多结果") String more_results();
    @Message("搜索服务暂时不可用，请稍后再试。已发布的内容不会丢失。") String search_unavailable();
    @Message("最新发布") String newest();
    @Message("查看全部") String see_all();

    @Message("发布技术需求") String new_need();
    @Message("发布科技成果") String new_result();
    @Message("编辑") String edit();
    @Message("发布机构") String owner();
    @Message("所属行业") String industry();
    @Message("所在地区") String region();
    @Message("成熟度") String stage_label();
    @Message("技术就绪度（TRL 1–9）") String trl();
    @Message("合作方式") String modes_need();
    @Message("转化方式") String modes_result();
    @Message("预算") String budget();
    @Message("价格") String price();
    @Message("面议") String negotiable();
    @Message("最低（元）") String price_min();
    @Message("最高（元）") String price_max();
    @Message("标题") String title();
    @Message("摘要（公开）") String summary();
    @Message("详细说明（仅认证机构可见）") String details();
    @Message("关键词（用逗号分隔）") String keywords();
    @Message("需解决的问题") String problem();
    @Message("量化目标指标") String target_indicators();
    @Message("需求类别") String need_class_label();
    @Message("研发团队") String team();
    @Message("发明人") String inventors();
    @Message("权属状态") String rights_label();
    @Message("权属已确认（先确权、后转化）") String rights_confirmed();
    @Message("成熟度依据") String maturity_evidence();
    @Message("定价方式") String pricing_label();
    @Message("应用领域") String application_fields();
    @Message("相对现有技术的量化优势") String advantages();
    @Message("知识产权") String ip_items();
    @Message("类型") String ip_type_label();
    @Message("编号（如 2023 1 0123456.7 或 2023SR0123456）") String ip_number();
    @Message("状态") String ip_status_label();
    @Message("名称") String ip_title();
    @Message("联系人") String contact_name();
    @Message("联系电话") String contact_phone();
    @Message("电子邮箱") String contact_email();
    @Message("有效期至") String expires_at();
    @Message("发布于") String published_at();
    @Message("更新于") String updated_at();
    @Message("状态") String status_label();
    @Message("发布机构（您所属的机构）") String organization();
    @Message("联系方式与详细说明仅对已登录且所属机构已认证的用户开放；联系方式在发布方接受合作意向后可见。") String gated_notice();
    @Message("联系方式在发布方接受您的合作意向后可见。") String contacts_gated_notice();
    @Message("审核意见") String moderation_note();
    @Message("理由（退回、拒绝时必填）") String reason();
    @Message("续期至（留空为 180 天）") String renew_until();
    @Message("保存草稿") String save_draft();
    @Message("已自动保存 {time}") String autosaved(String time);
    @Message("已恢复 {time} 自动保存的内容，尚未正式保存。") String autosave_restored(String time);
    @Message("放弃自动保存的内容") String autosave_discard();
    @Message("保存成功。") String saved();
    @Message("您还没有发布任何需求或成果。") String mine_empty();
    @Message("{count} 条") String count(long count);
    @Message("将于 {date} 到期") String expires_soon(String date);
    @Message("没有待审核的内容。") String queue_empty();
    @Message("提交于") String submitted_at();
    @Message("操作") String actions();
    @Message("变更记录") String history();
    @Message("需加入机构后才能发布。先登记或加入一家机构。") String need_org();
    @Message("搜索索引") String index_title();
    @Message("待同步的变更") String index_pending();
    @Message("最早待同步变更的等待时间") String index_lag();
    @Message("重建索引") String index_rebuild();
    @Message("重建进度") String index_progress();
    @Message("批量导入") String bulk_import();
    @Message("查看匹配推荐") String see_matches();

    // posting: what state a listing is in and what happens next (issue 14)
    @Message("提交审核") String submit_for_review();
    @Message("草稿已保存。草稿仅本机构成员可见，尚未提交审核。") String saved_draft();
    @Message("已提交审核。") String submitted_notice();
    @Message("""
            {#when s}{#is 'DRAFT'}草稿：仅本机构成员可见。提交审核后，平台通常在 {days} 个工作日内完成审核，通过后公开发布。\
            {#is 'SUBMITTED'}待审核：平台通常在 {days} 个工作日内完成审核。通过后公开发布，结果会发到您的消息中心。\
            {#is 'RETURNED'}退回整改：请按审核意见修改后重新提交审核。\
            {#is 'PUBLISHED'}已发布：所有人都能在搜索中找到它，认证机构可以表达合作意向。\
            {#is 'REJECTED'}未通过审核：不会公开发布。\
            {#is 'DEALT'}已成交：不再接受新的合作意向。\
            {#is 'WITHDRAWN'}已下架：不再公开显示，可重新编辑后再次提交审核。\
            {#is 'EXPIRED'}已过期：不再公开显示，可续期。{/when}""")
    String state_explained(String s, int days);
    // the moderation queue's filters, bulk actions and service level
    @Message("平台承诺在 {days} 个工作日内完成审核；超过时限的条目标为“已超时”。") String queue_sla(int days);
    @Message("已处理 {count} 条。") String queue_moderated(int count);
    @Message("搜索标题或简介") String queue_search();
    @Message("类型") String queue_kind();
    @Message("全部地区") String queue_all_regions();
    @Message("等待时长") String queue_age_label();
    @Message("不限时长") String queue_any_age();
    @Message("等待超过 {days} 天") String queue_older_than(int days);
    @Message("批量操作的理由（退回时必填）") String queue_bulk_reason();
    @Message("批量退回须填写理由，未做任何处理。") String queue_reason_required();
    @Message("{#when a}{#is 'APPROVE'}批量通过所选{#is 'RETURN'}批量退回所选{/when}") String queue_bulk(String a);
    @Message("选择") String queue_select();
    @Message("{#if days > 0}已等待 {days} 天{#else}已等待 {hours} 小时{/if}") String queue_age(long days, long hours);
    @Message("已超时") String queue_overdue();
}
