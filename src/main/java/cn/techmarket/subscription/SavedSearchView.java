package cn.techmarket.subscription;

import java.time.OffsetDateTime;
import java.util.Map;

/** A saved search with the link that runs it again. */
public record SavedSearchView(long id, String name, Map<String, String> query, String href, boolean paused,
                              OffsetDateTime createdAt) {
    static SavedSearchView from(SavedSearch s) {
        Map<String, String> query = s.query();
        return new SavedSearchView(s.id, s.name, query, SavedQuery.href(query), s.paused, s.createdAt);
    }
}
