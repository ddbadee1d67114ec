package cn.techmarket.subscription;

import cn.techmarket.inbox.Inbox;
import cn.techmarket.inbox.NotificationKind;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.MatchMethod;
import cn.techmarket.matching.Matcher;
import cn.techmarket.org.Membership;
import cn.techmarket.search.SearchQuery;
import cn.techmarket.search.StoredQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who should hear of a newly published listing: users whose saved search matches it (the saved query run against
 * that listing alone), and, for a result, the followers and owners of the needs it matches above the threshold
 * (matching from the result's side, with at least two words in common). Members of the listing's own organization are skipped. Each user gets one
 * notification per listing (dedup key listing:&lt;id&gt;), however many of their subscriptions matched.
 */
@ApplicationScoped
class Deliveries {
    @Inject
    StoredQueries storedQueries;
    @Inject
    Matcher matcher;
    @Inject
    Inbox inbox;
    @Inject
    SubscriptionConfig config;

    /** Delivers for one listing; returns how many notifications were new. */
    int deliver(Listing listing) throws IOException {
        Set<Long> own = Membership.inOrganization(listing.ownerOrgId).stream().map(m -> m.user.id)
                .collect(Collectors.toSet());
        int delivered = 0;
        storedQueries.refresh(listing.kind);
        for (SavedSearch s : SavedSearch.<SavedSearch>list("paused = false order by id")) {
            if (own.contains(s.userId)) {
                continue;
            }
            SearchQuery query = SavedQuery.of(s.query());
            if ((query.type == null || query.type == listing.kind) && storedQueries.matches(query, listing.id)
                    && send(s.userId, NotificationKind.SAVED_SEARCH, listing, s.name)) {
                delivered++;
            }
        }
        if (listing.kind == ListingKind.RESULT) {
            for (Match match : matcher.match(listing, MatchMethod.FULL, config.matchPool())) {
                // the fused score is relative (the best candidate scores high even when all are poor), and nearest
                // neighbours by meaning always exist: a delivery also needs shared words (SharedWords keeps only
                // words of two or more characters)
                if (match.score() < config.matchThreshold() || match.matchedTerms().size() < config.minSharedWords()) {
                    continue;
                }
                Listing need = Listing.findById(match.id());
                if (need == null || need.status != ListingStatus.PUBLISHED) {
                    continue;
                }
                Set<Long> recipients = new LinkedHashSet<>();
                recipients.add(need.ownerUserId);
                List<NeedFollow> follows = NeedFollow.list("listingId = ?1 and paused = false", need.id);
                follows.forEach(f -> recipients.add(f.userId));
                for (Long userId : recipients) {
                    if (userId != null && !own.contains(userId) && send(userId, NotificationKind.FOLLOWED_NEED, listing,
                            need.title + " · " + match.percent() + "%")) {
                        delivered++;
                    }
                }
            }
        }
        return delivered;
    }

    private boolean send(long userId, NotificationKind kind, Listing listing, String why) {
        return inbox.deliver(userId, kind, "listing:" + listing.id, listing.id, listing.title, why,
                "/listings/" + listing.id);
    }
}
