package cn.techmarket.voucher;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the voucher pages ({vch:…}); Chinese here, English in messages/vch_en.properties. */
@MessageBundle(value = "vch", locale = "zh-CN")
public interface VoucherMessages {
    @Message("创新券") String nav_vouchers();
    @Message("科技创新券") String title();
    @Message("申领创新券") String apply();
    @Message("创新券项目") String programme();
    @Message("申领主体") String holder();
    @Message("申领金额（元）") String amount();
    @Message("提交申领") String submit_application();
    @Message("还没有可查看的创新券。") String empty();
    @Message("编号") String id();
    @Message("状态") String status_label();
    @Message("面值") String face_value();
    @Message("预留补助") String reserved();
    @Message("有效期至") String expires();
    @Message("所在市") String city();
    @Message("不予发放的原因") String reasons();
    @Message("服务订单") String order();
    @Message("服务机构") String provider();
    @Message("服务类别") String category_label();
    @Message("服务费") String fee();
    @Message("补助") String subsidy();
    @Message("办理记录") String trail();
    @Message("审核") String review();
    @Message("通过") String approve();
    @Message("不通过") String reject();
    @Message("不通过的理由（不通过时必填）") String reject_reason();
    @Message("开始公示") String publicize();
    @Message("确认兑付") String pay();
    @Message("公示期至") String publicity_ends();
    @Message("创新券兑付公示") String publicity_title();
    @Message("目前没有公示中的创新券兑付。") String publicity_empty();
    @Message("企业 / 团队") String enterprise();
    @Message("金额") String amount_short();
    @Message("创新券监测") String monitor_title();
    @Message("已发放") String issued();
    @Message("已预留") String reserved_total();
    @Message("已兑付") String redeemed();
    @Message("已过期") String expired();
    @Message("兑付率") String redemption_rate();
    @Message("预算使用 / 计划") String budget_use();
    @Message("发放到兑付平均天数") String days_to_redemption();
    @Message("按项目") String by_programme();
    @Message("按城市") String by_city();
    @Message("按服务类别") String by_category();
    @Message("服务机构排行") String top_providers();
    @Message("跨市流向（申领地 → 服务地，已兑付金额）") String flows();
    @Message("异常提示") String flags();
    @Message("未发现异常模式。") String no_flags();
    @Message("{#when k}{#is 'AT_CAP'}订单补助总是等于券面额{#is 'BURST'}同一对机构一周内订单密集{/when}") String flag(String k);
    @Message("导出 CSV") String export_csv();
    @Message("导出 Excel") String export_xlsx();
    @Message("张数") String count();
    @Message("名称") String name();
    @Message("跨市结算") String settlements_title();
    @Message("月份") String month();
    @Message("查看") String show();
    @Message("该月没有跨市结算。") String settlements_empty();
    @Message("甲应付乙") String a_owes_b();
    @Message("乙应付甲") String b_owes_a();
    @Message("甲净付乙") String net();
    @Message("已结账") String closed();
    @Message("结账") String close();
    @Message("已更正追回") String corrected();
    @Message("服务订单") String orders();
    @Message("下单") String place_order();
    @Message("目前没有可为本市企业服务的已入库服务机构。") String no_offers();
    @Message("服务项目") String service();
    @Message("服务内容") String scope();
    @Message("人数（按人计费的服务）") String persons();
    @Message("兑付材料") String evidence();
    @Message("材料类型") String evidence_kind();
    @Message("文件名") String file_name();
    @Message("大小（字节）") String file_size();
    @Message("文件") String file();
    @Message("PDF、PNG 或 JPEG，不超过 5 MB") String file_hint();
    @Message("上传") String upload();
    @Message("发票日期") String invoice_date();
    @Message("提交兑付申请") String submit_redemption();
    @Message("更正与追回") String corrections();
    @Message("登记时间") String booked_at();
    @Message("更正原因") String correction_reason();
    @Message("已兑付的补助如发现有误，按更正金额追回：另记一笔负数，原兑付记录不作修改；项目预算和企业年度额度按该金额恢复。") String correction_hint();
    @Message("追回金额（元）") String correction_amount();
    @Message("登记更正") String book_correction();
    @Message("确认订单") String confirm_order();
    @Message("确认服务内容和服务费：确认即为该创新券预留补助；同一张券只有第一个确认有效。") String confirm_hint();
    @Message("创新服务机构") String providers_title();
    @Message("服务城市（行政区划代码，如 510100 510600）") String cities_served();
    @Message("以空格或逗号分隔") String cities_hint();
    @Message("说明") String provider_note();
    @Message("更新登记") String update_registration();
    @Message("登记为服务机构") String register_provider();
    @Message("服务目录") String catalogue();
    @Message("价格（元）") String price();
    @Message("添加服务") String add_service();
    @Message("服务机构入库审核") String decide_providers();
    @Message("准予入库") String accept();
    @Message("暂停") String suspend();
    @Message("{#when s}{#is 'PROPOSED'}待确认{#is 'CONFIRMED'}已确认{#is 'CANCELLED'}已取消{/when}") String order_status(String s);
    @Message("{#when k}{#is 'CONTRACT'}服务合同{#is 'INVOICE'}发票{#is 'BANK_RECEIPT'}银行付款凭证{#is 'DELIVERABLE'}服务成果{/when}")
    String evidence_kind_name(String k);
    @Message("{#when s}{#is 'PENDING'}待审核{#is 'ACCEPTED'}已入库{#is 'SUSPENDED'}已暂停{/when}") String provider_status(String s);
    @Message("服务机构") String nav_providers();
    @Message("""
            {#when s}{#is 'APPLIED'}已申领{#is 'REFUSED'}不予发放{#is 'ISSUED'}已发放{#is 'PLEDGED'}已质押{#is 'RESERVED'}已预留\
            {#is 'SUBMITTED'}已提交兑付{#is 'CITY_APPROVED'}市级审核通过{#is 'ISSUER_APPROVED'}发放方审核通过\
            {#is 'PUBLICIZED'}公示中{#is 'PAID'}已兑付{#is 'REJECTED'}不予兑付{#is 'EXPIRED'}已过期{#is 'VOID'}已作废{/when}""")
    String status(String s);
    @Message("""
            {#when c}{#is 'TESTING'}检验检测{#is 'PILOT'}概念验证与中试{#is 'LARGE_INSTRUMENT'}大型仪器共享{#is 'HPC'}高性能计算\
            {#is 'BROKER_TRAINING'}技术经理人培训{#is 'PATENT_AGENCY'}专利代理{#is 'CONSULTING'}技术咨询{/when}""")
    String category(String c);
    @Message("""
            {#when r}{#is 'holder-type'}申领主体类型不符{#is 'not-verified'}机构未通过认证{#is 'designation'}不具备所需资质（如科技型中小企业）\
            {#is 'region'}不在项目区域内{#is 'programme-year'}不在项目年度内{#is 'cap-reached'}本年度额度已用完\
            {#is 'over-cap'}超过本年度剩余额度{#is 'over-face-value'}超过单张券面额上限{#else}{r}{/when}""")
    String refusal(String r);
}
