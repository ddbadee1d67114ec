package cn.techmarket.web;

import cn.techmarket.common.AsciiNumbers;
import cn.techmarket.common.Clocks;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads page-form strings into typed values, collecting a field error for each one that does not parse, so that a
 * price of "abc" is a message beside its field rather than a 400 for the whole page. The one parser of every page
 * form; a form may name a message that explains its field better than the general one ({@code {price.format}}).
 */
public final class FormInput {
    private final List<FieldError> errors = new ArrayList<>();

    /** The values that did not parse, in the order they were read. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The stripped text, or null for nothing but blanks. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An amount in yuan as typed: 500万, ¥1,200.50, 500,000元 (common/Money). */
    public BigDecimal decimal(String field, String value) {
        return decimal(field, value, "{number.format}");
    }

    public BigDecimal decimal(String field, String value, String message) {
        if (text(value) == null) {
            return null;
        }
        try {
            return cn.techmarket.common.Money.parse(value);
        } catch (NumberFormatException e) {
            return fail(field, message);
        }
    }

    public Integer integer(String field, String value) {
        Long n = number(field, value, "{number.format}");
        if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            return fail(field, "{number.format}");
        }
        return n == null ? null : n.intValue();
    }

    /** An id or version. */
    public Long id(String field, String value) {
        return number(field, value, "{number.format}");
    }

    public Long number(String field, String value, String message) {
        if (text(value) == null) {
            return null;
        }
        try {
            return AsciiNumbers.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fail(field, message);
        }
    }

    public LocalDate date(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fail(field, "{date.format}");
        }
    }

    /** A datetime-local value, read as China time. */
    public OffsetDateTime dateTime(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Clocks.CHINA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return fail(field, "{datetime.format}");
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        return choice(type, field, value, "{value.unreadable}");
    }

    public <E extends Enum<E>> E choice(Class<E> type, String field, String value, String message) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return fail(field, message);
        }
    }

    /** Numbers separated by commas, spaces or semicolons (either width). */
    public List<Long> ids(String field, String value) {
        if (text(value) == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : Arrays.stream(value.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                ids.add(AsciiNumbers.parseLong(part));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "{number.format}"));
                return List.of();
            }
        }
        return ids;
    }

    /** For a form that has no page to show messages on: a value that did not parse is a 400 naming its field. */
    public void refuseErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors());
        }
    }

    private <T> T fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }
}
