package cn.techmarket.importing;

import cn.techmarket.web.Locales;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The API's Bean Validation of a row's form, with each message in both languages: the row is checked once, in a
 * background job that has no caller's language, and read later in either. The feature's service validates the form
 * again when it writes; this pass only gives the report its wording.
 */
@ApplicationScoped
class RowValidation {
    private static final String BETWEEN_LANGUAGES = "\u0000";
    @Inject
    ValidatorFactory factory;
    private Validator validator;

    record FieldText(String field, Text message) {
    }

    @PostConstruct
    void init() {
        validator = factory.usingContext().messageInterpolator(new Bilingual(factory.getMessageInterpolator()))
                .getValidator();
    }

    List<FieldText> check(Object form) {
        return validator.validate(form).stream()
                .map(v -> {
                    String[] both = v.getMessage().split(BETWEEN_LANGUAGES, 2);
                    return new FieldText(v.getPropertyPath().toString(), new Text(both[0], both[both.length - 1]));
                })
                .sorted(Comparator.comparing(FieldText::field))
                .toList();
    }

    /** Interpolates every message twice, Chinese then English, into one string that {@link #check} splits. */
    private record Bilingual(MessageInterpolator delegate) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locales.CHINESE);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, Locales.CHINESE) + BETWEEN_LANGUAGES
                    + delegate.interpolate(template, context, Locales.ENGLISH);
        }
    }
}
