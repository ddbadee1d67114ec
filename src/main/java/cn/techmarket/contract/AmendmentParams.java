package cn.techmarket.contract;

import cn.techmarket.common.FieldError;
import cn.techmarket.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 变更登记 form of a registered contract's page, as posted (strings): read into the API's {@link AmendmentForm}
 * so that the page and the API run the same checks. Cost-line rows as on the contract form.
 */
public class AmendmentParams {
    @RestForm public String totalAmount;
    @RestForm public List<String> costKind;
    @RestForm public List<String> costDescription;
    @RestForm public List<String> costAmount;
    @RestForm public String effectiveOn;
    @RestForm public String reason;
    private final FormInput input = new FormInput();

    List<FieldError> errors() {
        return input.errors();
    }

    AmendmentForm toForm() {
        return new AmendmentForm(input.date("effectiveOn", effectiveOn), input.decimal("totalAmount", totalAmount),
                ContractFormParams.costLines(input, costKind, costDescription, costAmount), FormInput.text(reason));
    }

    /** What was typed, to put back into the form after an error (keyed by input name, cost rows numbered). */
    Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("totalAmount", totalAmount);
        m.put("effectiveOn", effectiveOn);
        m.put("reason", reason);
        ContractFormParams.putCostRows(m, costKind, costDescription, costAmount);
        return m;
    }

    /** The form as the page first shows it: today's amounts and cost lines of the contract. */
    static Map<String, String> of(ContractView c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("totalAmount", c.totalAmount().toPlainString());
        ContractFormParams.putCostRows(m, c.costLines().stream().map(l -> l.kind().name()).toList(),
                c.costLines().stream().map(ContractView.CostLineView::description).toList(),
                c.costLines().stream().map(l -> l.amount().toPlainString()).toList());
        return m;
    }
}
