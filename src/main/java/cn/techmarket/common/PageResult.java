package cn.techmarket.common;

import java.util.List;
import java.util.function.Function;

/** The one shape every list endpoint returns. Pages are numbered from 1. */
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <E, T> PageResult<T> of(List<E> entities, PageQuery query, long total, Function<E, T> view) {
        int totalPages = (int) ((total + query.size() - 1) / query.size());
        return new PageResult<>(entities.stream().map(view).toList(), query.page(), query.size(), total, totalPages);
    }
}
