package cn.techmarket.demo;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.Mode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Writes generated listings straight into PostgreSQL as PUBLISHED, with their IP items and a search-outbox row each,
 * in JDBC batches of {@value #CHUNK}: the IndexWorker then indexes them and the EmbeddingWorker embeds them, exactly
 * as for listings published through the API. All demo listings belong to one demo user profile
 * ({@value #CATALOGUE_SUBJECT}), which is how the start-up load knows the catalogue is already there.
 */
@ApplicationScoped
public class CatalogueLoader {
    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);
    static final String CATALOGUE_SUBJECT = "demo-catalogue";
    static final int CHUNK = 1000;
    private static final String INSERT = """
            insert into listing (id, kind, status, title, summary, details, keywords, industry_code, region_code, stage,
              trl, modes, price_negotiable, price_min, price_max, problem, target_indicators, need_class, team, inventors,
              rights_status, rights_confirmed, maturity_evidence, pricing_method, application_fields, advantages,
              contact_name, contact_phone, contact_email, owner_org_id, owner_user_id, expires_at, published_at,
              created_at, updated_at)
            values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?)""";
    @Inject
    AgroalDataSource dataSource;

    /** At start-up: {@code count} listings from {@code seed}, unless demo listings exist already. */
    public int loadDemo(int count, long seed) {
        if (count <= 0) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            long owner = catalogueUser(c);
            if (exists(c, "select 1 from listing where owner_user_id = ? limit 1", owner)) {
                LOG.info("demo catalogue already loaded");
                return 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo catalogue: " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        int loaded = load(new ListingCatalogue(Vocabulary.load(), seed, LocalDate.now()), count).size();
        LOG.infof("demo catalogue: %d listings loaded in %d ms", loaded, (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    /** Generates and loads {@code count} mixed listings a chunk at a time (so 100,000 never sit in memory at once). */
    public List<Long> load(ListingCatalogue catalogue, int count) {
        return load(catalogue, count, (id, listing) -> { });
    }

    /** The same, telling {@code loaded} each listing with its id (e.g. to keep its subject for an evaluation). */
    public List<Long> load(ListingCatalogue catalogue, int count, BiConsumer<Long, DemoListing> loaded) {
        List<Long> ids = new ArrayList<>(count);
        for (int done = 0; done < count; done += CHUNK) {
            List<DemoListing> chunk = catalogue.mixed(Math.min(CHUNK, count - done));
            List<Long> chunkIds = load(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                loaded.accept(chunkIds.get(i), chunk.get(i));
            }
            ids.addAll(chunkIds);
        }
        return ids;
    }

    /** Loads these listings; returns their ids in the same order. */
    public List<Long> load(List<DemoListing> listings) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long owner = catalogueUser(c);
            Map<String, Long> orgs = organizations(c, listings);
            List<Long> ids = new ArrayList<>(listings.size());
            for (int from = 0; from < listings.size(); from += CHUNK) {
                List<DemoListing> chunk = listings.subList(from, Math.min(listings.size(), from + CHUNK));
                ids.addAll(insert(c, chunk, orgs, owner));
                c.commit();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("demo catalogue: " + e.getMessage(), e);
        }
    }

    /**
     * Loads these listings on the caller's connection, in its transaction (nothing is committed): for a test that
     * loads a small catalogue and rolls it back. Returns their ids in the same order.
     */
    public List<Long> load(Connection c, List<DemoListing> listings) throws SQLException {
        return insert(c, listings, organizations(c, listings), catalogueUser(c));
    }

    private List<Long> insert(Connection c, List<DemoListing> chunk, Map<String, Long> orgs, long owner) throws SQLException {
        List<Long> ids = new ArrayList<>(chunk.size());
        try (PreparedStatement next = c.prepareStatement(
                "select nextval(pg_get_serial_sequence('listing', 'id')) from generate_series(1, ?)")) {
            next.setInt(1, chunk.size());
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement listing = c.prepareStatement(INSERT);
             PreparedStatement ip = c.prepareStatement(
                     "insert into listing_ip (listing_id, position, ip_type, number, ip_status, title) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < chunk.size(); i++) {
                DemoListing d = chunk.get(i);
                Long org = orgs.get(d.ownerCreditCode());
                if (org == null) {
                    throw new IllegalStateException("demo organization " + d.ownerCreditCode() + " is missing");
                }
                bind(listing, ids.get(i), d, org, owner);
                listing.addBatch();
                List<IpItem> items = d.form().ipItems();
                for (int p = 0; p < items.size(); p++) {
                    IpItem item = items.get(p);
                    ip.setLong(1, ids.get(i));
                    ip.setInt(2, p);
                    ip.setString(3, item.type.name());
                    ip.setString(4, item.number);
                    ip.setString(5, item.status.name());
                    ip.setString(6, item.title);
                    ip.addBatch();
                }
            }
            listing.executeBatch();
            ip.executeBatch();
        }
        try (PreparedStatement outbox = c.prepareStatement("insert into search_outbox (listing_id) select unnest(?)")) {
            outbox.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            outbox.executeUpdate();
        }
        return ids;
    }

    private static void bind(PreparedStatement s, long id, DemoListing d, long org, long owner) throws SQLException {
        ListingForm f = d.form();
        int i = 0;
        s.setLong(++i, id);
        s.setString(++i, d.kind().name());
        s.setString(++i, f.title());
        s.setString(++i, f.summary());
        s.setString(++i, f.details());
        s.setString(++i, f.keywords());
        s.setString(++i, f.industryCode());
        s.setString(++i, f.regionCode());
        s.setString(++i, f.stage() == null ? null : f.stage().name());
        s.setObject(++i, f.trl(), Types.INTEGER);
        s.setString(++i, f.modes().stream().sorted().map(Mode::name).collect(Collectors.joining(",")));
        s.setBoolean(++i, f.priceNegotiable());
        s.setBigDecimal(++i, f.priceMin());
        s.setBigDecimal(++i, f.priceMax());
        s.setString(++i, f.problem());
        s.setString(++i, f.targetIndicators());
        s.setString(++i, f.needClass() == null ? null : f.needClass().name());
        s.setString(++i, f.team());
        s.setString(++i, f.inventors());
        s.setString(++i, f.rightsStatus() == null ? null : f.rightsStatus().name());
        s.setObject(++i, f.rightsConfirmed(), Types.BOOLEAN);
        s.setString(++i, f.maturityEvidence());
        s.setString(++i, f.pricingMethod() == null ? null : f.pricingMethod().name());
        s.setString(++i, f.applicationFields());
        s.setString(++i, f.advantages());
        s.setString(++i, f.contactName());
        s.setString(++i, f.contactPhone());
        s.setString(++i, f.contactEmail());
        s.setLong(++i, org);
        s.setLong(++i, owner);
        s.setObject(++i, f.expiresAt());
        OffsetDateTime published = d.publishedAt();
        s.setObject(++i, published);
        s.setObject(++i, published.minusHours(24 + (id % 240)));
        s.setObject(++i, published);
    }

    /** The demo profile that owns the catalogue (created once; nobody signs in as it). */
    private static long catalogueUser(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into user_profile (subject, username, display_name, email) values (?, 'catalogue', '演示数据', ?)
                on conflict (subject) do update set username = excluded.username returning id""")) {
            s.setString(1, CATALOGUE_SUBJECT);
            s.setString(2, "catalogue@demo.techmarket.local");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> organizations(Connection c, List<DemoListing> listings) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Object[] codes = listings.stream().map(DemoListing::ownerCreditCode).distinct().toArray();
        try (PreparedStatement s = c.prepareStatement("select credit_code, id from organization where credit_code = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static boolean exists(Connection c, String sql, long param) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, param);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
