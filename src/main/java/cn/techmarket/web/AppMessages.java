package cn.techmarket.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts shared by every feature's pages; enum-valued labels take the constant's name. Chinese is the default (here); English lives in messages/msg_en.properties. Templates use {msg:…}. */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {
    @Message("技术转移交易平台") String app_name();
    @Message("TechMarket") String app_short();
    @Message("首页") String nav_home();
    @Message("机构") String nav_orgs();
    @Message("我的账户") String nav_me();
    @Message("登录") String login();
    @Message("退出") String logout();
    @Message("English") String lang_other();
    @Message("en") String lang_other_tag();
    @Message("zh-CN") String lang_tag();
    @Message("成德眉资 · 德阳 · 达州 技术转移交易平台 — 技术需求、科技成果、技术经纪与合同登记") String footer();
    @Message("让技术需求找到科技成果") String home_title();
    @Message("企业发布技术需求，高校院所发布科技成果，技术经纪人促成对接与签约，科技局实时掌握技术交易情况。") String home_lead();
    @Message("已认证机构") String home_orgs_count();
    @Message("最新认证机构") String home_newest_orgs();
    @Message("查看全部机构") String home_all_orgs();
    @Message("机构名录") String orgs_title();
    @Message("登记新机构") String orgs_new();
    @Message("搜索名称或统一社会信用代码") String orgs_search_placeholder();
    @Message("共 {total} 家") String orgs_total(long total);
    @Message("没有符合条件的机构。") String orgs_empty();
    @Message("中文名称") String org_name_zh();
    @Message("英文名称") String org_name_en();
    @Message("统一社会信用代码") String org_credit_code();
    @Message("机构类型") String org_type();
    @Message("所在地区") String org_region();
    @Message("资质称号") String org_designations();
    @Message("简介") String org_description();
    @Message("网址") String org_website();
    @Message("认证状态") String org_verification();
    @Message("认证说明") String org_verification_note();
    @Message("成员") String org_members();
    @Message("编辑机构") String org_edit();
    @Message("审核认证") String org_review();
    @Message("通过认证") String org_verify();
    @Message("驳回") String org_reject();
    @Message("驳回理由（驳回时必填）") String org_reject_note();
    @Message("保存") String save();
    @Message("取消") String cancel();
    @Message("搜索") String search();
    @Message("全部") String all();
    @Message("请选择") String choose();
    @Message("上一页") String page_prev();
    @Message("下一页") String page_next();
    @Message("第 {page} / {pages} 页") String page_of(int page, int pages);
    @Message("请修改标红的字段后再提交。") String form_has_errors();
    @Message("返回首页") String error_back();
    @Message("请求编号") String error_request_id();
    @Message("登录后继续") String error_login();
    @Message("我的账户") String me_title();
    @Message("平台角色") String me_roles();
    @Message("所属机构") String me_orgs();
    @Message("尚未加入任何机构。") String me_no_orgs();
    @Message("""
            {#when t}{#is 'ENTERPRISE'}企业{#is 'UNIVERSITY'}高等院校{#is 'RESEARCH_INSTITUTE'}科研院所\
            {#is 'SERVICE_PROVIDER'}创新服务机构{#is 'TRANSFER_INSTITUTION'}技术转移机构{#is 'GOVERNMENT'}政府部门{/when}""")
    String type(String t);
    @Message("""
            {#when d}{#is 'HIGH_TECH_ENTERPRISE'}高新技术企业{#is 'TECH_SME'}科技型中小企业{#is 'SPECIALIZED_SME'}专精特新企业\
            {#is 'GAZELLE'}瞪羚企业{#is 'LISTED'}上市企业{#is 'NATIONAL_TT_INSTITUTION'}国家技术转移示范机构\
            {#is 'KEY_LAB'}重点实验室依托单位{/when}""")
    String designation(String d);
    @Message("{#when v}{#is 'PENDING'}待认证{#is 'VERIFIED'}已认证{#is 'REJECTED'}未通过{/when}")
    String verification(String v);
    @Message("{#when r}{#is 'MEMBER'}成员{#is 'ORG_ADMIN'}机构管理员{/when}")
    String member_role(String r);
    @Message("""
            {#when r}{#is 'enterprise'}企业用户{#is 'researcher'}科研人员{#is 'broker'}技术经纪人{#is 'provider'}创新服务机构\
            {#is 'registrar'}技术合同登记员{#is 'bureau'}科技局{#is 'admin'}平台运营{/when}""")
    String role(String r);
    // the site's identity and role-grouped navigation (layout.html)
    @Message("德阳 · 达州 · 成德眉资") String brand_sub();
    @Message("菜单") String nav_menu();
    @Message("我的工作") String nav_group_mine();
    @Message("经纪人档案") String nav_broker_profile();
    @Message("统计看板") String nav_bureau_stats();
    @Message("审计记录") String nav_audit();
    @Message("主办单位：{name}") String footer_organiser(String name);
    @Message("运营单位：{name}") String footer_operator(String name);
    // audit actions in words (change histories, the audit trail page); an unknown code shows as it is
    @Message("系统") String audit_system();
    @Message("""
            {#when a}{#is 'listing.created'}创建了草稿{#is 'listing.updated'}修改了内容{#is 'listing.submit'}提交审核\
            {#is 'listing.approve'}审核通过并发布{#is 'listing.return'}退回整改{#is 'listing.reject'}拒绝发布\
            {#is 'listing.withdraw'}下架{#is 'listing.reopen'}重新编辑{#is 'listing.mark_dealt'}标记已成交\
            {#is 'listing.renew'}续期{#is 'listing.expired'}到期下线{#is 'interest.expressed'}表达合作意向\
            {#is 'interest.accepted'}接受合作意向{#is 'interest.declined'}婉拒合作意向{#is 'interest.withdrawn'}撤回合作意向\
            {#is 'organization.created'}登记机构{#is 'organization.updated'}修改机构信息{#is 'organization.verified'}通过认证\
            {#is 'organization.rejected'}驳回认证{#is 'membership.saved'}设置成员{#is 'membership.removed'}移除成员\
            {#is 'need.claimed'}认领需求{#is 'need.assigned'}指派经纪人{#is 'need.released'}释放需求\
            {#is 'deal.opened'}创建交易{#is 'deal.docking'}进入对接{#is 'deal.negotiation'}进入谈判{#is 'deal.signed'}签约\
            {#is 'deal.registered'}合同登记{#is 'deal.terminated'}终止交易{#is 'deal.commission'}约定佣金\
            {#is 'broker.created'}建立经纪人档案{#is 'broker.updated'}修改经纪人档案{#else}{a}{/when}""")
    String audit_action(String a);
    @Message("近 {days} 天的平台活动") String audit_activity(int days);
    @Message("时间") String audit_when();
    @Message("操作人") String audit_who();
    @Message("操作") String audit_what();
    @Message("记录") String audit_record();
    /** After a label: full-width on Chinese pages (标题：), ASCII and a space on English ones. */
    @Message("：") String colon();
}
