package cn.techmarket.web;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** Validates a page form the way the API does, but returns messages to print beside the fields. */
@ApplicationScoped
public class FormValidation {
    @Inject
    Validator validator;

    public FormErrors check(Object form) {
        return FormErrors.of(validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
    }

    public FormErrors of(InvalidInputException e, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), Messages.resolve(f.message(), locale))).toList();
        return FormErrors.of(errors);
    }
}
