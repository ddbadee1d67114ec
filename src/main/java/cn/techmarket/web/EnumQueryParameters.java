package cn.techmarket.web;

import cn.techmarket.common.InvalidInputException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query parameters of an enum type (method=FOO, type=FOO): an unknown value is the caller's mistake, a 400 naming the
 * parameter. JAX-RS would answer 404, as if the resource did not exist. Path parameters keep their 404.
 */
@Provider
public class EnumQueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return null;
        }
        return (ParamConverter<T>) new Converter(rawType, name);
    }

    private record Converter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                // a WebApplicationException passes through JAX-RS unchanged; ProblemMapper reads the field from its cause
                throw new BadRequestException(new InvalidInputException(name, "{value.unknown}"));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
