package cn.techmarket.testsupport;

import cn.techmarket.common.RequestIds;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements of requests whose id starts with {@link #PREFIX}. Hibernate's global statistics also
 * count the background workers (outbox, mail, embeddings, expiry), which poll on their own threads and turned a
 * page's cost of 4 into 14 on a slow machine; attributing by request id leaves them out.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RequestStatements implements StatementInspector {
    static final String PREFIX = "statements-";
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        String id = RequestIds.current();
        if (id != null && id.startsWith(PREFIX)) {
            COUNTS.computeIfAbsent(id, key -> new LongAdder()).increment();
        }
        return sql;
    }

    static long take(String requestId) {
        LongAdder count = COUNTS.remove(requestId);
        return count == null ? 0 : count.sum();
    }
}
