package cn.techmarket.contract.importing;

import cn.techmarket.importing.ImportColumn;

import java.util.List;

/** The template of historical registrations (docs/contracts.md): one row per event of a contract, oldest first. */
enum ContractColumn implements ImportColumn {
    REGISTRATION_NO("registrationNo", true, "登记编号"),
    EVENT("event", true, "事项"),
    EFFECTIVE_ON("effectiveOn", true, "生效日期", "登记日期"),
    POINT_REGION("pointRegion", false, "登记点地区代码", "登记点"),
    TITLE("title", false, "合同名称"),
    SUB_TYPE("subType", false, "合同类别"),
    SELLER_NAME("seller.name", false, "卖方名称"),
    SELLER_CREDIT_CODE("seller.creditCode", false, "卖方统一社会信用代码", "卖方信用代码"),
    SELLER_REGION("seller.region", false, "卖方地区代码"),
    SELLER_COUNTRY("seller.country", false, "卖方国别"),
    SELLER_SUBJECT_TYPE("seller.subjectType", false, "卖方主体类型"),
    BUYER_NAME("buyer.name", false, "买方名称"),
    BUYER_CREDIT_CODE("buyer.creditCode", false, "买方统一社会信用代码", "买方信用代码"),
    BUYER_REGION("buyer.region", false, "买方地区代码"),
    BUYER_COUNTRY("buyer.country", false, "买方国别"),
    BUYER_SUBJECT_TYPE("buyer.subjectType", false, "买方主体类型"),
    SIGNED_ON("signedOn", false, "签订日期"),
    TECHNICAL_FIELD("technicalField", false, "技术领域"),
    IP_TYPE("ipType", false, "知识产权类型"),
    PLAN_CATEGORY("planCategory", false, "政府计划类别"),
    TRADE_FLAG("tradeFlag", false, "技术进出口"),
    EXPECTED_INVESTMENT("expectedInvestment", false, "预计新增投资额"),
    EXPECTED_OUTPUT("expectedOutput", false, "预计新增产值"),
    TOTAL_AMOUNT("totalAmount", false, "合同成交额", "成交额"),
    NON_TECHNICAL_AMOUNT("nonTechnicalAmount", false, "非技术性费用"),
    REASON("reason", false, "原因", "变更注销原因");

    private final String field;
    private final boolean required;
    private final List<String> names;

    ContractColumn(String field, boolean required, String... names) {
        this.field = field;
        this.required = required;
        this.names = List.of(names);
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
        return names;
    }

    static List<ContractColumn> all() {
        return List.of(values());
    }
}
