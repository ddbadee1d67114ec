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
    /** The review time the platform promises; the moderation queue marks items past it. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "techmarket.moderation.review-days", defaultValue = "2")
    int reviewDays;

    /** What the page confirms after a redirect: the owner's save or submission, a visitor's interest. */
    enum Notice { NONE, SAVED, DRAFT, SUBMITTED, INTEREST }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ListingView listing, boolean manages, List<ListingAction> ownerActions,
                                            List<ListingAction> moderation, List<HistoryLine> history,
                                            FormErrors errors, Notice notice, int reviewDays);

        static native TemplateInstance form(ListingKind kind, Long id, ListingFormParams values, FormErrors errors,
                                            ListingChoices.Lists lists, String formKey, Autosave.Saved restored,
                                            int reviewDays);

        static native TemplateInstance mine(PageResult<ListingView> result, Map<String, Long> counts,
                                            ListingStatus status, ListingKind kind, Pager pager, java.util.Set<Long> expiringSoon);

        static native TemplateInstance queue(PageResult<ListingView> result, Pager pager, QueueFilter filter,
                                             List<cn.techmarket.reference.Region> regions, Map<Long, Age> ages,
                                             int reviewDays, Integer moderated, boolean reasonMissing);
    }

    /** One line of a listing's change history: when, the person's name (not the login id), and the action code. */
    record HistoryLine(java.time.OffsetDateTime occurredAt, String who, String action) {
        static List<HistoryLine> of(List<AuditView> entries) {
            List<String> subjects = entries.stream().map(AuditView::actor).distinct().toList();
            Map<String, String> names = new java.util.HashMap<>();
            if (!subjects.isEmpty()) {
                cn.techmarket.org.UserProfile.<cn.techmarket.org.UserProfile>list("subject in ?1", subjects)
                        .forEach(p -> { if (p.displayName != null) names.put(p.subject, p.displayName); });
            }
            return entries.stream().map(e -> new HistoryLine(e.occurredAt(),
                    names.getOrDefault(e.actor(), e.actorName()), e.action())).toList();
        }
    }

    /** How long an item has waited, and whether that is past the promised review time. */
    record Age(long days, long hours, boolean overdue) {
        static Age of(java.time.OffsetDateTime since, java.time.OffsetDateTime now, int reviewDays) {
            java.time.Duration waited = java.time.Duration.between(since, now);
            return new Age(waited.toDays(), waited.toHours(), waited.toDays() >= reviewDays);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("saved") String saved,
                                 @QueryParam("interest") boolean interest) {
        Notice notice = interest ? Notice.INTEREST : "submitted".equals(saved) ? Notice.SUBMITTED
                : "draft".equals(saved) ? Notice.DRAFT : "true".equals(saved) ? Notice.SAVED : Notice.NONE;
        return show(listings.view(id), FormErrors.NONE, notice);
    }

    private TemplateInstance show(ListingView listing, FormErrors errors, Notice notice) {
        boolean manages = listings.manages(listing);
        List<ListingAction> ownerActions = manages ? Arrays.stream(ListingAction.values())
                .filter(a -> !a.moderation && a.appliesTo(listing.status())).toList() : List.of();
        List<ListingAction> moderation = user.isAdmin() ? Arrays.stream(ListingAction.values())
                .filter(a -> a.moderation && a.appliesTo(listing.status())
                        || a == ListingAction.WITHDRAW && listings.mayTakeDown(listing)).toList() : List.of();
        List<HistoryLine> history = manages || user.isAdmin()
                ? HistoryLine.of(audit.of(ListingService.AUDIT_TYPE, String.valueOf(listing.id()), PageQuery.of(1, 50)).items())
                : List.of();
        return Templates.show(listing, manages, ownerActions, moderation, history, errors, notice, reviewDays);
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
        return Templates.form(chosen, null, values, FormErrors.NONE, lists, key, restored, reviewDays);
    }

    @POST
    @Authenticated
    public Response create(@BeanParam ListingFormParams params, @RestForm String then, HttpHeaders headers) {
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
                return afterSave(created.id(), then);
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        ListingKind shown = kind == null ? ListingKind.NEED : kind;
        String key = organizationId == null ? null : Autosave.newKey(shown, organizationId);
        return Response.status(400).entity(Templates.form(shown, null, params, errors, choices.forNew(shown), key, null, reviewDays))
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
        return Templates.form(listing.kind(), id, values, FormErrors.NONE, choices.forEdit(), key, restored, reviewDays);
    }

    @POST
    @Path("/{id}")
    @Authenticated
    public Response update(@PathParam("id") long id, @BeanParam ListingFormParams params, @RestForm String then,
                           HttpHeaders headers) {
        ListingView listing = listings.editable(id);
        ListingForm form = params.toForm();
        FormErrors errors = FormValidation.merge(params.parseErrors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                listings.update(id, form);
                autosave.discard(Autosave.editKey(id));
                return afterSave(id, then);
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            } catch (StaleVersionException e) {
                errors = FormErrors.of(List.of(new FieldError("version",
                        Messages.resolve("{problem.stale-version.detail}", Locales.of(headers)))));
            }
        }
        return Response.status(400).entity(Templates.form(listing.kind(), id, params, errors, choices.forEdit(),
                Autosave.editKey(id), null, reviewDays)).build();
    }

    /**
     * The form's primary button (提交审核) saves and submits; 保存草稿 only saves. Submission is its own audited
     * step, so a listing that cannot be submitted from its state is kept saved and says why on its page.
     */
    private Response afterSave(long id, String then) {
        if (!"submit".equals(then)) {
            return Response.seeOther(URI.create("/listings/" + id + "?saved=" + ("draft".equals(then) ? "draft" : "true"))).build();
        }
        ListingView saved = listings.view(id);
        if (ListingAction.SUBMIT.appliesTo(saved.status())) {
            listings.act(id, ListingAction.SUBMIT, null, null);
            return Response.seeOther(URI.create("/listings/" + id + "?saved=submitted")).build();
        }
        return Response.seeOther(URI.create("/listings/" + id + "?saved=true")).build();
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
            return Response.status(400).entity(show(listings.view(id), validation.of(e, headers), Notice.NONE)).build();
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
    public TemplateInstance queue(@BeanParam QueueFilter filter, @Valid @BeanParam PageQuery page,
                                  @QueryParam("moderated") Integer moderated, @QueryParam("missing") String missing) {
        PageResult<ListingView> result = listings.queue(filter, page);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        Map<Long, Age> ages = new java.util.HashMap<>();
        result.items().forEach(l -> ages.put(l.id(), Age.of(l.updatedAt(), now, reviewDays)));
        return Templates.queue(result, Pager.of("/listings/moderation", filter.asQuery(), result), filter,
                cn.techmarket.reference.Region.list("level = 2 order by code"), ages, reviewDays, moderated,
                "reason".equals(missing));
    }

    /** Approves or returns the ticked items of the queue at once (a return needs its reason). */
    @POST
    @Path("/moderation/bulk")
    @RolesAllowed(Roles.ADMIN)
    public Response moderateMany(@RestForm List<Long> ids, @RestForm String action, @RestForm String reason,
                                 @RestForm String back, HttpHeaders headers) {
        ListingAction chosen = "RETURN".equals(action) ? ListingAction.RETURN : ListingAction.APPROVE;
        String target = back != null && back.startsWith("/listings/moderation") && !back.contains("//") ? back : "/listings/moderation";
        target = target.replaceAll("[?&](moderated=\\d+|missing=reason)", "");
        String glue = target.contains("?") ? "&" : "?";
        if (chosen.needsReason && FormInput.text(reason) == null) {
            // back to the queue, with the message beside the reason field: nothing was moderated
            return Response.seeOther(URI.create(target + glue + "missing=reason")).build();
        }
        int done = ids == null || ids.isEmpty() ? 0 : listings.moderate(ids, chosen, reason);
        return Response.seeOther(URI.create(target + glue + "moderated=" + done)).build();
    }

    private static ListingFormParams restoredInto(ListingFormParams base, Autosave.Saved restored) {
        ListingFormParams values = ListingFormParams.from(restored.fields());
        values.kind = base.kind;
        values.organizationId = base.organizationId;
        values.version = base.version;
        return values;
    }
}
