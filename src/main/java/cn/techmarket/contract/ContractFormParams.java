package cn.techmarket.contract;

import cn.techmarket.common.FieldError;
import cn.techmarket.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract form as a page posts it: strings, read into a {@link ContractForm} for the same checks as the API.
 * Text that does not parse (an amount of "abc") becomes an error on its field. Three cost-line rows.
 */
public class ContractFormParams {
    static final int COST_ROWS = 3;
    @RestForm public String title;
    @RestForm public String subType;
    @RestForm public String sellerName;
    @RestForm public String sellerCreditCode;
    @RestForm public String sellerRegion;
    @RestForm public String sellerCountry;
    @RestForm public String sellerSubjectType;
    @RestForm public String buyerName;
    @RestForm public String buyerCreditCode;
    @RestForm public String buyerRegion;
    @RestForm public String buyerCountry;
    @RestForm public String buyerSubjectType;
    @RestForm public String signedOn;
    @RestForm public String termFrom;
    @RestForm public String termTo;
    @RestForm public String technicalField;
    @RestForm public String ipType;
    @RestForm public String planCategory;
    @RestForm public String tradeFlag;
    @RestForm public String expectedInvestment;
    @RestForm public String expectedOutput;
    @RestForm public String totalAmount;
    @RestForm public List<String> costKind;
    @RestForm public List<String> costDescription;
    @RestForm public List<String> costAmount;
    @RestForm public String ownerOrgId;
    @RestForm public String version;
    private final FormInput input = new FormInput();

    List<FieldError> errors() {
        return input.errors();
    }

    ContractForm toForm() {
        List<ContractForm.CostLineForm> lines = costLines(input, costKind, costDescription, costAmount);
        Long owner = number("ownerOrgId", ownerOrgId);
        Long v = number("version", version);
        return new ContractForm(title, choice(ContractSubType.class, "subType", subType),
                new ContractForm.PartyForm(sellerName, sellerCreditCode, sellerRegion, sellerCountry,
                        choice(SubjectType.class, "seller.subjectType", sellerSubjectType)),
                new ContractForm.PartyForm(buyerName, buyerCreditCode, buyerRegion, buyerCountry,
                        choice(SubjectType.class, "buyer.subjectType", buyerSubjectType)),
                date("signedOn", signedOn), date("termFrom", termFrom), date("termTo", termTo),
                choice(TechnicalField.class, "technicalField", technicalField), choice(IpType.class, "ipType", ipType),
                choice(PlanCategory.class, "planCategory", planCategory), choice(TradeFlag.class, "tradeFlag", tradeFlag),
                decimal("expectedInvestment", expectedInvestment), decimal("expectedOutput", expectedOutput),
                decimal("totalAmount", totalAmount), lines, owner, v);
    }

    /** The form's cost-line rows that hold something (the contract form and the 变更登记 form share them). */
    static List<ContractForm.CostLineForm> costLines(FormInput input, List<String> kinds, List<String> descriptions,
                                                     List<String> amounts) {
        List<ContractForm.CostLineForm> lines = new ArrayList<>();
        for (int i = 0; i < COST_ROWS; i++) {
            String amount = at(amounts, i);
            if (!blank(amount) || !blank(at(descriptions, i))) {
                lines.add(new ContractForm.CostLineForm(input.choice(CostKind.class, "costLines[" + i + "].kind",
                        at(kinds, i)), at(descriptions, i), input.decimal("costLines[" + i + "].amount", amount)));
            }
        }
        return lines;
    }

    /** The values to put back into the page after an error, keyed by input name. */
    Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("subType", subType);
        m.put("sellerName", sellerName);
        m.put("sellerCreditCode", sellerCreditCode);
        m.put("sellerRegion", sellerRegion);
        m.put("sellerCountry", sellerCountry);
        m.put("sellerSubjectType", sellerSubjectType);
        m.put("buyerName", buyerName);
        m.put("buyerCreditCode", buyerCreditCode);
        m.put("buyerRegion", buyerRegion);
        m.put("buyerCountry", buyerCountry);
        m.put("buyerSubjectType", buyerSubjectType);
        m.put("signedOn", signedOn);
        m.put("termFrom", termFrom);
        m.put("termTo", termTo);
        m.put("technicalField", technicalField);
        m.put("ipType", ipType);
        m.put("planCategory", planCategory);
        m.put("tradeFlag", tradeFlag);
        m.put("expectedInvestment", expectedInvestment);
        m.put("expectedOutput", expectedOutput);
        m.put("totalAmount", totalAmount);
        m.put("ownerOrgId", ownerOrgId);
        m.put("version", version);
        putCostRows(m, costKind, costDescription, costAmount);
        return m;
    }

    static void putCostRows(Map<String, String> m, List<String> kinds, List<String> descriptions,
                            List<String> amounts) {
        for (int i = 0; i < COST_ROWS; i++) {
            m.put("costKind" + i, at(kinds, i));
            m.put("costDescription" + i, at(descriptions, i));
            m.put("costAmount" + i, at(amounts, i));
        }
    }

    static Map<String, String> of(ContractView c) {
        ContractFormParams p = new ContractFormParams();
        p.title = c.title();
        p.subType = c.subType().name();
        p.sellerName = c.seller().name();
        p.sellerCreditCode = c.seller().creditCode();
        p.sellerRegion = c.seller().region();
        p.sellerCountry = c.seller().country();
        p.sellerSubjectType = c.seller().subjectType().name();
        p.buyerName = c.buyer().name();
        p.buyerCreditCode = c.buyer().creditCode();
        p.buyerRegion = c.buyer().region();
        p.buyerCountry = c.buyer().country();
        p.buyerSubjectType = c.buyer().subjectType().name();
        p.signedOn = str(c.signedOn());
        p.termFrom = str(c.termFrom());
        p.termTo = str(c.termTo());
        p.technicalField = c.technicalField().name();
        p.ipType = c.ipType().name();
        p.planCategory = c.planCategory().name();
        p.tradeFlag = c.tradeFlag().name();
        p.expectedInvestment = str(c.expectedInvestment());
        p.expectedOutput = str(c.expectedOutput());
        p.totalAmount = str(c.totalAmount());
        p.costKind = c.costLines().stream().map(l -> l.kind().name()).toList();
        p.costDescription = c.costLines().stream().map(ContractView.CostLineView::description).toList();
        p.costAmount = c.costLines().stream().map(l -> l.amount().toPlainString()).toList();
        p.ownerOrgId = str(c.ownerOrgId());
        p.version = String.valueOf(c.version());
        return p.values();
    }

    private static String str(Object o) {
        return o == null ? null : o instanceof BigDecimal d ? d.toPlainString() : o.toString();
    }

    private static String at(List<String> values, int i) {
        return values == null || values.size() <= i ? null : values.get(i);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private BigDecimal decimal(String field, String value) {
        return input.decimal(field, value);
    }

    private Long number(String field, String value) {
        return input.id(field, value);
    }

    private LocalDate date(String field, String value) {
        return input.date(field, value);
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        return input.choice(type, field, value);
    }
}
