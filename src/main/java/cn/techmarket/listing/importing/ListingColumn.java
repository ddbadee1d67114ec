package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportColumn;
import cn.techmarket.listing.ListingKind;

import java.util.Arrays;
import java.util.List;

/**
 * The column map of listing imports (docs/import.md): the columns a file may have, by Chinese name, Chinese aliases
 * and API field name. Labels follow the listing form's.
 */
enum ListingColumn implements ImportColumn {
    TITLE("title", null, true, "最多 120 字", "at most 120 characters", "标题"),
    SUMMARY("summary", null, true, "公开摘要，最多 2000 字", "public summary, at most 2000 characters", "摘要"),
    DETAILS("details", null, false, "仅认证机构可见，最多 8000 字", "for verified organizations only, at most 8000 characters", "详细说明"),
    KEYWORDS("keywords", null, false, "用逗号分隔", "separated by commas", "关键词"),
    INDUSTRY("industryCode", null, true, "行业代码（如 EQUIP.CLEAN）或行业名称", "industry code (e.g. EQUIP.CLEAN) or name", "行业代码", "所属行业", "行业"),
    REGION("regionCode", null, true, "6 位行政区划代码（如 510603）或区县名称", "6-digit GB/T 2260 code (e.g. 510603) or district name", "地区代码", "所在地区", "地区"),
    STAGE("stage", null, false, "", "", "成熟度"),
    TRL("trl", null, false, "1–9，须与成熟度相符", "1-9, consistent with the stage", "技术就绪度", "TRL"),
    MODES("modes", null, false, "多个用 、 或 ; 分隔", "several separated by 、 or ;", "合作方式", "转化方式"),
    PRICE_NEGOTIABLE("priceNegotiable", null, false, "是 / 否（留空为否）", "yes / no (blank means no)", "面议"),
    PRICE_MIN("priceMin", null, false, "元；不面议时必填下限或上限", "yuan; without 面议 give a lower or upper bound", "价格下限", "最低价格", "预算下限"),
    PRICE_MAX("priceMax", null, false, "元，不低于下限", "yuan, not below the lower bound", "价格上限", "最高价格", "预算上限"),
    PROBLEM("problem", ListingKind.NEED, true, "最多 4000 字", "at most 4000 characters", "需解决的问题", "技术难题"),
    TARGET_INDICATORS("targetIndicators", ListingKind.NEED, false, "量化目标指标", "quantified targets", "目标指标", "量化目标指标"),
    NEED_CLASS("needClass", ListingKind.NEED, true, "", "", "需求类别"),
    TEAM("team", ListingKind.RESULT, false, "", "", "研发团队", "团队"),
    INVENTORS("inventors", ListingKind.RESULT, false, "", "", "发明人"),
    RIGHTS_STATUS("rightsStatus", ListingKind.RESULT, true, "", "", "权属", "权属状态"),
    RIGHTS_CONFIRMED("rightsConfirmed", ListingKind.RESULT, false, "是 / 否", "yes / no", "权属已确认"),
    MATURITY_EVIDENCE("maturityEvidence", ListingKind.RESULT, false, "", "", "成熟度依据", "成熟度证明"),
    PRICING_METHOD("pricingMethod", ListingKind.RESULT, true, "", "", "定价方式"),
    APPLICATION_FIELDS("applicationFields", ListingKind.RESULT, false, "", "", "应用领域"),
    ADVANTAGES("advantages", ListingKind.RESULT, false, "", "", "技术优势"),
    IP_ITEMS("ipItems", ListingKind.RESULT, false, "类型:号码:状态:名称，多项用 ; 分隔；状态、名称可省略",
            "type:number:status:title, items separated by ; (status and title optional)", "知识产权"),
    CONTACT_NAME("contactName", null, false, "", "", "联系人"),
    CONTACT_PHONE("contactPhone", null, false, "", "", "联系电话"),
    CONTACT_EMAIL("contactEmail", null, false, "", "", "电子邮箱", "联系邮箱", "邮箱"),
    EXPIRES_AT("expiresAt", null, false, "日期，如 2026-12-31；留空为 180 天后", "a date such as 2026-12-31; blank means in 180 days", "有效期至");

    /** The API field it fills (also its English header). */
    final String field;
    /** The kind it belongs to, or null for both. */
    final ListingKind only;
    final boolean required;
    final String hintZh;
    final String hintEn;
    private final List<String> chinese;

    ListingColumn(String field, ListingKind only, boolean required, String hintZh, String hintEn, String... chinese) {
        this.field = field;
        this.only = only;
        this.required = required;
        this.hintZh = hintZh;
        this.hintEn = hintEn;
        this.chinese = List.of(chinese);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> names() {
        return chinese;
    }

    boolean appliesTo(ListingKind kind) {
        return only == null || only == kind;
    }

    static List<ListingColumn> all() {
        return List.of(values());
    }

    static List<ListingColumn> of(ListingKind kind) {
        return Arrays.stream(values()).filter(c -> c.appliesTo(kind)).toList();
    }
}
