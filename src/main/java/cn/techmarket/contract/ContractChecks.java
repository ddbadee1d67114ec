package cn.techmarket.contract;

import cn.techmarket.common.FieldError;
import cn.techmarket.org.CreditCode;
import cn.techmarket.reference.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules Bean Validation cannot express: exact money, costs within the total, valid credit codes and regions,
 * the parties' countries matching the import/export flag, and the figures a transfer contract must carry.
 * Answers every broken rule at once, each on its field, so nothing is stored until the form is right.
 */
@ApplicationScoped
class ContractChecks {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal MAX = new BigDecimal("99999999999999.99");
    @Inject
    Regions regions;

    List<FieldError> of(ContractForm form) {
        List<FieldError> errors = new ArrayList<>();
        TradeFlag flag = form.tradeFlag() == null ? TradeFlag.DOMESTIC : form.tradeFlag();
        party("seller", form.seller(), flag != TradeFlag.IMPORT, errors);
        party("buyer", form.buyer(), flag != TradeFlag.EXPORT, errors);
        amount("totalAmount", form.totalAmount(), errors);
        BigDecimal costs = BigDecimal.ZERO;
        for (int i = 0; i < form.lines().size(); i++) {
            BigDecimal line = form.lines().get(i).amount();
            if (amount("costLines[" + i + "].amount", line, errors)) {
                costs = costs.add(line);
            }
        }
        if (form.totalAmount() != null && costs.compareTo(form.totalAmount()) > 0) {
            errors.add(new FieldError("costLines", "{contract.costs.above-total}"));
        }
        if (form.subType() != null && form.subType().contractClass == ContractClass.TRANSFER) {
            required("expectedInvestment", form.expectedInvestment(), errors);
            required("expectedOutput", form.expectedOutput(), errors);
        }
        if (form.expectedInvestment() != null) {
            amount("expectedInvestment", form.expectedInvestment(), errors);
        }
        if (form.expectedOutput() != null) {
            amount("expectedOutput", form.expectedOutput(), errors);
        }
        if (form.termFrom() != null && form.termTo() != null && form.termTo().isBefore(form.termFrom())) {
            errors.add(new FieldError("termTo", "{contract.term.order}"));
        }
        return errors;
    }

    /** {@code domestic}: the flag says this party is in China (an import's seller and an export's buyer are not). */
    private void party(String field, ContractForm.PartyForm party, boolean domestic, List<FieldError> errors) {
        if (party == null) {
            return;
        }
        String country = party.countryOrChina();
        if (domestic != "CN".equals(country)) {
            errors.add(new FieldError(field + ".country", domestic ? "{contract.country.domestic}" : "{contract.country.foreign}"));
        } else if (!COUNTRY.matcher(country).matches()) {
            errors.add(new FieldError(field + ".country", "{contract.country.format}"));
        }
        if (!domestic) {
            return;
        }
        if (party.creditCode() == null || party.creditCode().isBlank()) {
            errors.add(new FieldError(field + ".creditCode", "{creditCode.required}"));
        } else if (!CreditCode.isValid(party.creditCode().strip())) {
            errors.add(new FieldError(field + ".creditCode", "{creditCode.invalid}"));
        }
        if (party.region() == null || party.region().isBlank()) {
            errors.add(new FieldError(field + ".region", "{region.required}"));
        } else if (!regions.exists(party.region().strip())) {
            errors.add(new FieldError(field + ".region", "{region.unknown}"));
        }
    }

    private static void required(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "{contract.transfer.expected.required}"));
        }
    }

    /** Yuan, not negative, at most two decimals (the fen). Answers whether the value is usable. */
    private static boolean amount(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return false;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "{contract.amount.negative}"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "{contract.amount.fen}"));
        } else if (value.compareTo(MAX) > 0) {
            errors.add(new FieldError(field, "{contract.amount.too-large}"));
        } else {
            return true;
        }
        return false;
    }
}
