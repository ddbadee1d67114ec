package cn.techmarket.stats;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.web.FormInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets page's two forms as posted (strings), read into typed values with a message per field: a target (scope,
 * year, measure, flow, amount, source) and a GDP figure (region, year, amount, source). Amounts are yuan (or per
 * cent) with at most two decimals, positive, below the metric's ceiling; "500万" and "1.2亿" are read as typed.
 */
final class TargetForm {
    static final BigDecimal GDP_CEILING = new BigDecimal("1000000000000000");
    final Map<String, String> values = new LinkedHashMap<>();
    private final FormInput input = new FormInput();
    private final List<FieldError> errors = new ArrayList<>();

    /** A form that read without errors: the scope or region it names, and its value. */
    record Read<T>(Scope scope, T value) {
    }

    TargetForm(Map<String, String> typed) {
        values.putAll(typed);
    }

    List<FieldError> errors() {
        List<FieldError> all = new ArrayList<>(input.errors());
        all.addAll(errors);
        return all;
    }

    /** The target, or null with {@link #errors()} saying why; {@code scopes} resolves the scope field. */
    Read<Targets.Entry> target(Scopes scopes) {
        Scope scope = scope(scopes, "scope");
        Integer year = year();
        TargetMetric.Measure measure = input.choice(TargetMetric.Measure.class, "measure", values.get("measure"),
                "{stats.metric.invalid}");
        TargetMetric.Flow flow = input.choice(TargetMetric.Flow.class, "flow", values.get("flow"), "{stats.metric.invalid}");
        required("measure", measure, "{stats.metric.invalid}");
        required("flow", flow, "{stats.metric.invalid}");
        TargetMetric metric = measure == null || flow == null ? null : TargetMetric.of(measure, flow);
        if (measure != null && flow != null && metric == null) {
            errors.add(new FieldError("flow", "{stats.target.gdp-absorbed}"));
        }
        if (metric == TargetMetric.ABSORBED_GDP_PERCENT && scope != null && scope.group()) {
            errors.add(new FieldError("scope", "{stats.target.gdp-region}"));
        }
        BigDecimal amount = amount("target", metric == null ? TargetMetric.OUTPUT_TOTAL.ceiling() : metric.ceiling());
        String source = source(true);
        if (!errors().isEmpty()) {
            return null;
        }
        return new Read<>(scope, new Targets.Entry(scope.code(), year, metric, amount, source));
    }

    /** GDP of a region; the region is a GB/T 2260 code, not a group. */
    Read<BigDecimal> gdp(Scopes scopes) {
        Scope region = scope(scopes, "region");
        if (region != null && region.group()) {
            errors.add(new FieldError("region", "{stats.target.gdp-region}"));
        }
        year();
        BigDecimal amount = amount("gdp", GDP_CEILING);
        source(false);
        return errors().isEmpty() ? new Read<>(region, amount) : null;
    }

    static String text(String value) {
        return FormInput.text(value);
    }

    Integer year() {
        Integer year = input.integer("year", values.get("year"));
        if (year == null || year < 2000 || year > 2100) {
            if (year != null || FormInput.text(values.get("year")) == null) {
                errors.add(new FieldError("year", "{stats.year.invalid}"));
            }
            return null;
        }
        return year;
    }

    String source(boolean needed) {
        String source = FormInput.text(values.get("source"));
        if (needed && source == null) {
            errors.add(new FieldError("source", "{stats.source.required}"));
        } else if (source != null && source.length() > 200) {
            errors.add(new FieldError("source", "{stats.source.size}"));
        }
        return source;
    }

    private Scope scope(Scopes scopes, String field) {
        try {
            return scopes.resolve(values.get(field));
        } catch (InvalidInputException e) {
            errors.add(new FieldError(field, "{stats.scope.invalid}"));
            return null;
        }
    }

    private BigDecimal amount(String field, BigDecimal ceiling) {
        BigDecimal v = input.decimal(field, values.get(field), "{stats.amount.format}");
        if (v == null) {
            if (FormInput.text(values.get(field)) == null) {
                errors.add(new FieldError(field, "{stats.amount.required}"));
            }
            return null;
        }
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "{stats.amount.positive}"));
            return null;
        }
        if (v.compareTo(ceiling) > 0) {
            errors.add(new FieldError(field, "{stats.amount.range}"));
            return null;
        }
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private void required(String field, Object value, String message) {
        if (value == null && FormInput.text(values.get(field)) == null) {
            errors.add(new FieldError(field, message));
        }
    }
}
