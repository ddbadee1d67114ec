package cn.techmarket.web;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validates a page form the way the API does, but returns messages to print beside the fields. */
@ApplicationScoped
public class FormValidation {
    @Inject
    Validator validator;

    public FormErrors check(Object form) {
        return FormErrors.of(validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
    }

    /**
     * The messages of a form whose values were read by {@link FormInput} and then validated: a value that did not
     * parse explains its field better than the "required" that follows from it, so it wins.
     */
    public static FormErrors merge(List<FieldError> parseErrors, FormErrors checked, HttpHeaders headers) {
        if (parseErrors.isEmpty()) {
            return checked;
        }
        Map<String, String> all = new LinkedHashMap<>(checked.byField());
        for (FieldError e : parseErrors) {
            all.put(e.field(), Messages.resolve(e.message(), Locales.of(headers)));
        }
        return new FormErrors(all);
    }

    public FormErrors of(InvalidInputException e, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), Messages.resolve(f.message(), locale))).toList();
        return FormErrors.of(errors);
    }
}
