package cn.techmarket.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field messages for a page form, printed beside each field: {#if errors.has('x')}{errors.of('x')}{/if}. */
public record FormErrors(Map<String, String> byField) {
    public static final FormErrors NONE = new FormErrors(Map.of());

    public static FormErrors of(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
        return new FormErrors(map);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
