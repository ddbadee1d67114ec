package cn.techmarket.interest;

import cn.techmarket.common.AsciiNumbers;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import cn.techmarket.listing.ListingService;
import cn.techmarket.listing.ListingView;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** 表达意向 (posted from the listing page), the owner's 收到的意向 with accept/decline, and 我的意向. */
@Path("/interests")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class InterestPages {
    @Inject
    InterestService interests;
    @Inject
    ListingService listings;
    @Inject
    FormValidation validation;
    @Inject
    InterestPanel panel;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ListingView listing, InterestPanel.State state, String organizationId,
                                            String message, String contactPhone, FormErrors errors);

        static native TemplateInstance received(ListingView listing, PageResult<InterestView> result, Pager pager,
                                                List<DeclineReason> reasons, long failedId, FormErrors errors);

        static native TemplateInstance mine(PageResult<InterestView> result, Pager pager);
    }

    @POST
    public Response express(@RestForm long listingId, @RestForm String organizationId, @RestForm String message,
                            @RestForm String contactPhone, HttpHeaders headers) {
        Long org = organizationId == null || organizationId.isBlank() ? null : parseId(organizationId);
        InterestForm form = new InterestForm(org, message, contactPhone);
        FormErrors errors = validation.check(form);
        if (errors.isEmpty()) {
            try {
                interests.express(listingId, form);
                return Response.seeOther(URI.create("/listings/" + listingId + "?interest=true#interest")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(Templates.form(listings.view(listingId), panel.of(listingId), organizationId,
                message, contactPhone, errors)).build();
    }

    @GET
    @Path("/received/{listingId}")
    public TemplateInstance received(@PathParam("listingId") long listingId, @Valid @BeanParam PageQuery page) {
        return received(listingId, page, 0, FormErrors.NONE);
    }

    private TemplateInstance received(long listingId, PageQuery page, long failedId, FormErrors errors) {
        PageResult<InterestView> result = interests.received(listingId, page);
        return Templates.received(listings.view(listingId), result,
                Pager.of("/interests/received/" + listingId, Map.of(), result), Arrays.asList(DeclineReason.values()),
                failedId, errors);
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
                           @RestForm String note, HttpHeaders headers) {
        InterestView interest = interests.get(id);
        DecisionForm form = new DecisionForm(parse(Decision.class, decision), parse(DeclineReason.class, reason), note);
        FormErrors errors = validation.check(form);
        if (errors.isEmpty()) {
            try {
                interests.decide(id, form);
                return Response.seeOther(URI.create("/interests/received/" + interest.listingId())).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(received(interest.listingId(), PageQuery.of(1, 20), id, errors)).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    public Response withdraw(@PathParam("id") long id) {
        interests.withdraw(id);
        return Response.seeOther(URI.create("/interests/mine")).build();
    }

    @GET
    @Path("/mine")
    public TemplateInstance mine(@Valid @BeanParam PageQuery page) {
        PageResult<InterestView> result = interests.mine(page);
        return Templates.mine(result, Pager.of("/interests/mine", Map.of(), result));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(type == Decision.class ? "decision" : "reason", "{interest.choice.unknown}");
        }
    }

    private static Long parseId(String value) {
        try {
            return AsciiNumbers.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("organizationId", "{interest.org.not-verified-member}");
        }
    }
}
