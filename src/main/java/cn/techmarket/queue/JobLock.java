package cn.techmarket.queue;

import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL advisory lock named by a job, for background work that every replica runs but only one may do at a
 * time (work that has no rows to claim with SKIP LOCKED, or spans many transactions). Never waits: a replica that
 * does not get the lock skips its turn, because another one is doing the work. The name is hashed by PostgreSQL
 * ({@code hashtext}), so jobs need no registry of numbers.
 */
public final class JobLock implements AutoCloseable {
    private static final String TRY = "select pg_try_advisory_lock(hashtext(?))";
    private final Connection connection;
    private final String name;

    private JobLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Held until the caller's transaction ends (commit or rollback); false when another replica holds it. */
    public static boolean tryForTransaction(EntityManager em, String name) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name).getSingleResult());
    }

    /**
     * Held on a connection of its own until {@link #close()}, across any number of transactions; null when another
     * replica holds it. If the replica dies, PostgreSQL ends its session and so releases the lock.
     */
    public static JobLock tryForSession(DataSource dataSource, String name) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(TRY)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    return new JobLock(connection, name);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
            statement.setString(1, name);
            statement.execute();
        }
    }
}
