package cn.techmarket.common;

/** One invalid field: its name as the client sent it, and a message in the request's language. */
public record FieldError(String field, String message) {
}
