package cn.techmarket.web;

import cn.techmarket.common.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, plus two extension members: {@code code} (stable, also the last segment of
 * {@code type}) and {@code errors} (one entry per invalid field). Never carries class names or stack traces.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://techmarket.cn/problems/";

    static Problem of(int status, String code, String title, String detail, String instance, String requestId,
                      List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, instance, code, requestId, errors);
    }
}
