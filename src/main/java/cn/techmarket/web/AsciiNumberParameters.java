package cn.techmarket.web;

import cn.techmarket.common.AsciiNumbers;
import cn.techmarket.common.InvalidInputException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number parameters (ids in paths, numbers in queries and forms) are read from ASCII digits only: JAX-RS reads
 * them with {@link Long#valueOf}, which takes any Unicode digit, so "/needs/１２" was need 12 and a full-width id in a
 * form was silently accepted. A path that is not a number names no resource (404); a query or form value is the
 * caller's mistake, a 400 naming the field.
 */
@Provider
public class AsciiNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parse;
        if (rawType == Long.class || rawType == long.class) {
            parse = AsciiNumbers::parseLong;
        } else if (rawType == Integer.class || rawType == int.class) {
            parse = AsciiNumbers::parseInt;
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter(parse, fieldOf(annotations), rawType.isPrimitive());
    }

    /** The field a value came from, or null for a path segment. */
    private static String fieldOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam || a instanceof RestPath) {
                return null;
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
            if (a instanceof RestForm f && !f.value().isEmpty()) {
                return f.value();
            }
        }
        return "value";
    }

    private record Converter(Function<String, Object> parse, String field, boolean required)
            implements ParamConverter<Object> {
        @Override
        public Object fromString(String value) {
            try {
                if (value == null || value.isEmpty()) {
                    if (required) {
                        throw new NumberFormatException("missing"); // a primitive cannot be left empty
                    }
                    return null;
                }
                return parse.apply(value);
            } catch (NumberFormatException e) {
                if (field == null) {
                    throw new NotFoundException();
                }
                throw new BadRequestException(new InvalidInputException(field, "{number.format}"));
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
