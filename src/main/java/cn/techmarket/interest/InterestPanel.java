package cn.techmarket.interest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The interest section of a listing's page ({#interestPanel listing=… /}): the 表达意向 form for eligible visitors,
 * their own interests with status, and for the owner a link to the interests received. Read as
 * {inject:interestPanel.of(id)}, so the listing feature needs no code of ours.
 */
@Named("interestPanel")
@RequestScoped
public class InterestPanel {
    @Inject
    InterestService interests;

    /** owner: the caller manages the listing; visitor: a signed-in non-owner; eligible: orgs that may express now. */
    public record State(boolean owner, boolean visitor, List<InterestView.Org> eligible, List<InterestView> own,
                        long openCount, long totalCount) {
        static final State ANONYMOUS = new State(false, false, List.of(), List.of(), 0, 0);

        /** No field errors yet: the form as first shown. */
        public cn.techmarket.common.FormErrors noErrors() {
            return cn.techmarket.common.FormErrors.NONE;
        }
    }

    public State of(long listingId) {
        return interests.state(listingId);
    }
}
