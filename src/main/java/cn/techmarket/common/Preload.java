package cn.techmarket.common;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Loads the entities a page of rows refers to, in one statement per type, into the persistence context: the
 * findById calls that the views then make per row are answered from it instead of one query each (N+1).
 */
public final class Preload {
    private Preload() {
    }

    public static void byIds(Class<?> type, Collection<?> ids) {
        List<?> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            Panache.getEntityManager().unwrap(Session.class).findMultiple(type, distinct);
        }
    }
}
