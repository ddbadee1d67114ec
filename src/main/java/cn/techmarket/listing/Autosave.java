package cn.techmarket.listing;

import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps what a user is typing into a listing form, so a closed tab or a lost connection loses nothing. The fields
 * are stored as posted, unvalidated, and only ever shown back to the same user in the same form.
 */
@ApplicationScoped
public class Autosave {
    static final int MAX_CHARS = 48_000;
    private static final Pattern KEY = Pattern.compile("new-(NEED|RESULT)-\\d{1,18}|edit-\\d{1,18}");
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** A restored form: its fields as posted, and when they were saved. */
    public record Saved(Map<String, List<String>> fields, OffsetDateTime savedAt) {
    }

    @Transactional
    public OffsetDateTime save(String formKey, Map<String, List<String>> fields) {
        checkKey(formKey);
        String body;
        try {
            body = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidInputException("fields", "{autosave.size}");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                        insert into listing_autosave (user_id, form_key, fields, saved_at) values (?1, ?2, cast(?3 as jsonb), ?4)
                        on conflict (user_id, form_key) do update set fields = excluded.fields, saved_at = excluded.saved_at""")
                .setParameter(1, user.profile().id).setParameter(2, formKey).setParameter(3, body)
                .setParameter(4, now).executeUpdate();
        return now;
    }

    /** What was autosaved for this form after {@code since} (the listing's last real save), if anything. */
    @Transactional
    public Saved restore(String formKey, OffsetDateTime since) {
        checkKey(formKey);
        List<?> rows = em.createNativeQuery(
                        "select cast(fields as text), saved_at from listing_autosave where user_id = ?1 and form_key = ?2")
                .setParameter(1, user.profile().id).setParameter(2, formKey).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        OffsetDateTime savedAt = toOffset(row[1]);
        if (since != null && !savedAt.isAfter(since)) {
            return null;
        }
        try {
            return new Saved(json.readValue((String) row[0], new TypeReference<>() { }), savedAt);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Transactional
    public void discard(String formKey) {
        checkKey(formKey);
        em.createNativeQuery("delete from listing_autosave where user_id = ?1 and form_key = ?2")
                .setParameter(1, user.profile().id).setParameter(2, formKey).executeUpdate();
    }

    public static String newKey(ListingKind kind, long organizationId) {
        return "new-" + kind.name() + "-" + organizationId;
    }

    public static String editKey(long listingId) {
        return "edit-" + listingId;
    }

    static void checkKey(String formKey) {
        if (formKey == null || !KEY.matcher(formKey).matches()) {
            throw new InvalidInputException("formKey", "{choice.unknown}");
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
