package cn.techmarket.listing;

import cn.techmarket.common.Roles;
import cn.techmarket.audit.AuditTrail;
import cn.techmarket.audit.AuditView;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import cn.techmarket.web.Messages;
import cn.techmarket.web.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listing pages: detail, create and edit (with autosave), workflow buttons, 我的发布, the moderation queue. */
@Path("/listings")
@Produces(MediaType.TEXT_HTML)
class ListingPages {
    @Inject
    ListingService listings;
    @Inject
    ListingChoices choices;
    @Inject
    Autosave autosave;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;
    @Inject
    java.time.Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ListingView listing, boolean manages, List<ListingAction> ownerActions,
                                            List<ListingAction> moderation, List<AuditView> history,
                                            FormErrors errors, boolean saved);

        static native TemplateInstance form(ListingKind kind, Long id, ListingFormParams values, FormErrors errors,
                                            ListingChoices.Lists lists, String formKey, Autosave.Saved restored);

        static native TemplateInstance mine(PageResult<ListingView> result, Map<String, Long> counts,
                                            ListingStatus status, ListingKind kind, Pager pager, java.util.Set<Long> expiringSoon);

        static native TemplateInstance queue(PageResult<ListingView> result, Pager pager);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        return show(listings.view(id), FormErrors.NONE, saved);
    }

    private TemplateInstance show(ListingView listing, FormErrors errors, boolean saved) {
        boolean manages = listings.manages(listing);
        List<ListingAction> ownerActions = manages ? Arrays.stream(ListingAction.values())
                .filter(a -> !a.moderation && a.appliesTo(listing.status())).toList() : List.of();
        List<ListingAction> moderation = user.isAdmin() ? Arrays.stream(ListingAction.values())
                .filter(a -> a.moderation && a.appliesTo(listing.status())).toList() : List.of();
        List<AuditView> history = manages
                ? audit.of(ListingService.AUDIT_TYPE, String.valueOf(listing.id()), PageQuery.of(1, 50)).items()
                : List.of();
        return Templates.show(listing, manages, ownerActions, moderation, history, errors, saved);
    }

    @GET
    @Path("/new")
    @Authenticated
    public TemplateInstance blank(@QueryParam("kind") ListingKind kind, @QueryParam("organizationId") Long organizationId) {
        ListingKind chosen = kind == null ? ListingKind.NEED : kind;
        ListingChoices.Lists lists = choices.forNew(chosen);
        ListingFormParams values = new ListingFormParams();
        values.kind = chosen.name();
        Long org = organizationId != null ? organizationId : lists.organizations().isEmpty() ? null
                : Long.valueOf(lists.organizations().get(0).id());
        values.organizationId = org == null ? null : org.toString();
        String key = org == null ? null : Autosave.newKey(chosen, org);
        Autosave.Saved restored = key == null ? null : autosave.restore(key, null);
        if (restored != null) {
            values = restoredInto(values, restored);
        }
        return Templates.form(chosen, null, values, FormErrors.NONE, lists, key, restored);
    }

    @POST
    @Authenticated
    public Response create(@BeanParam ListingFormParams params, HttpHeaders headers) {
        ListingKind kind = params.kind();
        Long organizationId = params.organizationId();
        ListingForm form = params.toForm();
        List<FieldError> problems = new ArrayList<>(params.parseErrors());
        if (kind == null) {
            problems.add(new FieldError("kind", "{kind.required}"));
        }
        if (organizationId == null) {
            problems.add(new FieldError("organizationId", "{organization.required}"));
        }
        FormErrors errors = FormValidation.merge(problems, validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                ListingView created = listings.create(kind, organizationId, form);
                autosave.discard(Autosave.newKey(kind, organizationId));
                return Response.seeOther(URI.create("/listings/" + created.id() + "?saved=true")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        ListingKind shown = kind == null ? ListingKind.NEED : kind;
        String key = organizationId == null ? null : Autosave.newKey(shown, organizationId);
        return Response.status(400).entity(Templates.form(shown, null, params, errors, choices.forNew(shown), key, null))
                .build();
    }

    @GET
    @Path("/{id}/edit")
    @Authenticated
    public TemplateInstance edit(@PathParam("id") long id) {
        ListingView listing = listings.editable(id);
        ListingFormParams values = ListingFormParams.from(listing);
        String key = Autosave.editKey(id);
        Autosave.Saved restored = autosave.restore(key, listing.updatedAt());
        if (restored != null) {
            values = restoredInto(values, restored);
        }
        return Templates.form(listing.kind(), id, values, FormErrors.NONE, choices.forEdit(), key, restored);
    }

    @POST
    @Path("/{id}")
    @Authenticated
    public Response update(@PathParam("id") long id, @BeanParam ListingFormParams params, HttpHeaders headers) {
        ListingView listing = listings.editable(id);
        ListingForm form = params.toForm();
        FormErrors errors = FormValidation.merge(params.parseErrors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                listings.update(id, form);
                autosave.discard(Autosave.editKey(id));
                return Response.seeOther(URI.create("/listings/" + id + "?saved=true")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            } catch (StaleVersionException e) {
                errors = FormErrors.of(List.of(new FieldError("version",
                        Messages.resolve("{problem.stale-version.detail}", Locales.of(headers)))));
            }
        }
        return Response.status(400).entity(Templates.form(listing.kind(), id, params, errors, choices.forEdit(),
                Autosave.editKey(id), null)).build();
    }

    /** Called by the form's script every few seconds while someone types; answers with the time it was saved. */
    @POST
    @Path("/autosave")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response autosave(@RestForm String formKey, @BeanParam ListingFormParams params) {
        String key = formKey;
        Autosave.checkKey(key);
        if (key.startsWith("edit-")) {
            listings.editable(Long.parseLong(key.substring(5)));
        } else {
            long org = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
            if (!user.belongsTo(org)) {
                throw new jakarta.ws.rs.NotFoundException();
            }
        }
        return Response.ok(Map.of("savedAt", autosave.save(key, params.posted()).toString())).build();
    }

    @POST
    @Path("/autosave/discard")
    @Authenticated
    public Response discard(@RestForm String formKey, @RestForm String back) {
        autosave.discard(formKey);
        String target = back != null && back.matches("/listings/(new\\?[A-Za-z0-9=&]+|\\d+/edit)") ? back : "/listings/mine";
        return Response.seeOther(URI.create(target)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    public Response act(@PathParam("id") long id, @RestForm String action, @RestForm String reason,
                        @RestForm String expiresAt, HttpHeaders headers) {
        ListingAction chosen;
        try {
            chosen = ListingAction.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("action", "{action.required}");
        }
        try {
            FormInput in = new FormInput();
            LocalDate expires = in.date("expiresAt", expiresAt);
            in.refuseErrors();
            listings.act(id, chosen, reason, expires);
            return Response.seeOther(URI.create("/listings/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(show(listings.view(id), validation.of(e, headers), false)).build();
        }
    }

    @GET
    @Path("/mine")
    @Authenticated
    public TemplateInstance mine(@QueryParam("status") ListingStatus status, @QueryParam("kind") ListingKind kind,
                                 @Valid @BeanParam PageQuery page) {
        PageResult<ListingView> result = listings.mine(status, kind, page);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status == null ? null : status.name());
        filters.put("kind", kind == null ? null : kind.name());
        LocalDate soon = LocalDate.now(clock).plusDays(ListingExpiry.NOTICE_DAYS);
        java.util.Set<Long> expiringSoon = result.items().stream()
                .filter(l -> l.status() == ListingStatus.PUBLISHED && !l.expiresAt().isAfter(soon))
                .map(ListingView::id).collect(java.util.stream.Collectors.toSet());
        return Templates.mine(result, listings.mineCounts(), status, kind, Pager.of("/listings/mine", filters, result),
                expiringSoon);
    }

    @GET
    @Path("/moderation")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance queue(@Valid @BeanParam PageQuery page) {
        PageResult<ListingView> result = listings.queue(page);
        return Templates.queue(result, Pager.of("/listings/moderation", Map.of(), result));
    }

    private static ListingFormParams restoredInto(ListingFormParams base, Autosave.Saved restored) {
        ListingFormParams values = ListingFormParams.from(restored.fields());
        values.kind = base.kind;
        values.organizationId = base.organizationId;
        values.version = base.version;
        return values;
    }
}
