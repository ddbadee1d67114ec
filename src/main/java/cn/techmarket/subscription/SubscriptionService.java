package cn.techmarket.subscription;

import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.search.SearchQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A user's saved searches and followed needs: create (up to a limit each), pause, resume, delete. Each user sees and
 * changes only their own; someone else's is not found.
 */
@ApplicationScoped
public class SubscriptionService {
    @Inject
    CurrentUser user;
    @Inject
    Validator validator;
    @Inject
    SubscriptionConfig config;
    @Inject
    Clock clock;

    @Transactional
    public SavedSearchView saveSearch(String name, Map<String, String> parameters) {
        SearchQuery query = SavedQuery.of(parameters == null ? Map.of() : parameters);
        var violations = validator.validate(query);
        if (!violations.isEmpty()) {
            var v = violations.iterator().next();
            throw new InvalidInputException("query." + v.getPropertyPath(), v.getMessage());
        }
        Map<String, String> stored = SavedQuery.parameters(query);
        if (stored.isEmpty() || (stored.size() == 1 && stored.containsKey("type"))) {
            throw new InvalidInputException("query", "{subscription.query.empty}");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "{subscription.name.required}");
        }
        long me = user.profile().id;
        if (SavedSearch.count("userId", me) >= config.maxPerUser()) {
            throw new RuleViolation("subscription-limit", "at most " + config.maxPerUser() + " saved searches");
        }
        SavedSearch s = new SavedSearch();
        s.userId = me;
        s.name = name.strip();
        s.queryJson = SavedQuery.toJson(stored);
        s.createdAt = OffsetDateTime.now(clock);
        s.persist();
        return SavedSearchView.from(s);
    }

    public List<SavedSearchView> searches() {
        return SavedSearch.<SavedSearch>list("userId", Sort.descending("createdAt", "id"), user.profile().id).stream()
                .map(SavedSearchView::from).toList();
    }

    @Transactional
    public SavedSearchView pauseSearch(long id, boolean paused) {
        SavedSearch s = ownSearch(id);
        s.paused = paused;
        return SavedSearchView.from(s);
    }

    @Transactional
    public void deleteSearch(long id) {
        ownSearch(id).delete();
    }

    /** Follows a published need; following one already followed returns the existing follow. */
    @Transactional
    public FollowView follow(long listingId) {
        Listing need = Listing.findById(listingId);
        if (need == null || need.status != ListingStatus.PUBLISHED) {
            throw new InvalidInputException("listingId", "{subscription.listing.unknown}");
        }
        if (need.kind != ListingKind.NEED) {
            throw new RuleViolation("follow-not-a-need", "only needs are followed");
        }
        long me = user.profile().id;
        NeedFollow existing = NeedFollow.find("userId = ?1 and listingId = ?2", me, listingId).firstResult();
        if (existing != null) {
            return FollowView.from(existing);
        }
        if (NeedFollow.count("userId", me) >= config.maxPerUser()) {
            throw new RuleViolation("subscription-limit", "at most " + config.maxPerUser() + " followed needs");
        }
        NeedFollow f = new NeedFollow();
        f.userId = me;
        f.listingId = listingId;
        f.createdAt = OffsetDateTime.now(clock);
        f.persist();
        return FollowView.from(f);
    }

    public List<FollowView> follows() {
        return NeedFollow.<NeedFollow>list("userId", Sort.descending("createdAt", "id"), user.profile().id).stream()
                .map(FollowView::from).toList();
    }

    /** The caller's follow of this listing, if any (the 关注 button's state). */
    public FollowView followOf(long listingId) {
        if (!user.isSignedIn()) {
            return null;
        }
        NeedFollow f = NeedFollow.find("userId = ?1 and listingId = ?2", user.profile().id, listingId).firstResult();
        return f == null ? null : FollowView.from(f);
    }

    @Transactional
    public FollowView pauseFollow(long id, boolean paused) {
        NeedFollow f = ownFollow(id);
        f.paused = paused;
        return FollowView.from(f);
    }

    @Transactional
    public void unfollow(long id) {
        ownFollow(id).delete();
    }

    private SavedSearch ownSearch(long id) {
        SavedSearch s = SavedSearch.findById(id);
        if (s == null || !s.userId.equals(user.profile().id)) {
            throw new NotFoundException();
        }
        return s;
    }

    private NeedFollow ownFollow(long id) {
        NeedFollow f = NeedFollow.findById(id);
        if (f == null || !f.userId.equals(user.profile().id)) {
            throw new NotFoundException();
        }
        return f;
    }
}
