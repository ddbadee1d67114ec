package cn.techmarket.subscription;

import cn.techmarket.org.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The 关注 button on a published need's page ({#followPanel listing=… /}): {inject:followPanel.of(id)}. */
@Named("followPanel")
@RequestScoped
public class FollowPanel {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    CurrentUser user;

    public record State(boolean signedIn, FollowView follow) {
    }

    public State of(long listingId) {
        return new State(user.isSignedIn(), user.isSignedIn() ? subscriptions.followOf(listingId) : null);
    }
}
