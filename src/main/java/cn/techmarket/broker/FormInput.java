package cn.techmarket.broker;

import cn.techmarket.common.Clocks;
import cn.techmarket.common.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads page-form strings into typed values, collecting a field error for each one that does not parse. */
final class FormInput {
    final List<FieldError> errors = new ArrayList<>();

    BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return cn.techmarket.common.Money.parse(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "{number.format}"));
            return null;
        }
    }

    Integer integer(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "{number.format}"));
            return null;
        }
    }

    Long id(String field, String value) {
        Integer n = integer(field, value);
        return n == null ? null : n.longValue();
    }

    LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "{date.format}"));
            return null;
        }
    }

    /** A datetime-local value, read as China time. */
    OffsetDateTime dateTime(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Clocks.CHINA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "{datetime.format}"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "{value.unreadable}"));
            return null;
        }
    }

    /** Numbers separated by commas, spaces or semicolons (either width). */
    List<Long> ids(String field, String value) {
        if (blank(value)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : Arrays.stream(value.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                ids.add(Long.valueOf(part));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "{number.format}"));
                return List.of();
            }
        }
        return ids;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
