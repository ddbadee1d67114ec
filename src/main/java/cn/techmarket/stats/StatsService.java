package cn.techmarket.stats;

import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.reference.Regions;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The statistics' entry point: reads the parameters, decides who may see which scope (the bureau and the operator
 * everything; a registrar the regions of its points and below, anything else is a 404), builds the dashboard.
 */
@ApplicationScoped
public class StatsService {
    static final String DEFAULT_SCOPE = "510600";
    @Inject
    Scopes scopes;
    @Inject
    DashboardBuilder builder;
    @Inject
    Reports reports;
    @Inject
    CurrentUser user;
    @Inject
    Regions regions;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** The query of a dashboard, as typed: blanks take the defaults (the user's first scope, this year, today). */
    public record Request(String scope, String period, String asOf, String flow) {
        public Request(String scope, String period, String asOf) {
            this(scope, period, asOf, null);
        }
    }

    @Transactional
    public Dashboard dashboard(Request r, Locale locale) {
        LocalDate asOf = asOf(r.asOf());
        Scope scope = visibleScope(r.scope());
        Period period = Period.parse(blank(r.period()) ? String.valueOf(asOf.getYear()) : r.period(), asOf);
        return builder.build(scope, period, asOf, BreakdownFlow.parse(r.flow()), locale);
    }

    @Transactional
    public Optional<FrozenReport> report(Dashboard d) {
        return reports.of(d);
    }

    public boolean canFreeze() {
        return seesEverything();
    }

    /** Freezes the figures as they stand today; only the bureau and the operator publish official figures. */
    @Transactional
    public long freeze(String scope, String period, Locale locale) {
        if (!user.hasRole("bureau") && !user.isAdmin()) {
            throw new ForbiddenException();
        }
        Dashboard d = dashboard(new Request(scope, period, null), locale);
        if (!d.period().freezable()) {
            throw new InvalidInputException("period", "{stats.period.not-freezable}");
        }
        return reports.freeze(d, user.subject());
    }

    /** The scopes offered in the form: the registrar's point regions, or the groups and cities for the bureau. */
    @Transactional
    public List<String> scopeChoices() {
        if (seesEverything()) {
            @SuppressWarnings("unchecked")
            List<String> all = em.createNativeQuery("select code from (select code, sort_order as o, 0 as k from region_group"
                    + " union all select code, 0, 1 from region where code like '51%' and level <= 2) s"
                    + " order by k, o, code").getResultList();
            return all;
        }
        return pointRegions();
    }

    Scope visibleScope(String code) {
        if (seesEverything()) {
            return scopes.resolve(blank(code) ? DEFAULT_SCOPE : code);
        }
        List<String> roots = pointRegions();
        if (!user.hasRole("registrar") || roots.isEmpty()) {
            throw new ForbiddenException();
        }
        Scope scope = scopes.resolve(blank(code) ? roots.get(0) : code);
        boolean mine = !scope.group() && roots.stream().anyMatch(root -> regions.codesUnder(root).contains(scope.code()));
        if (!mine) {
            throw new NotFoundException();
        }
        return scope;
    }

    private boolean seesEverything() {
        return user.hasRole("bureau") || user.isAdmin();
    }

    private List<String> pointRegions() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select p.region_code from registrar_assignment a"
                + " join registration_point p on p.id = a.point_id where a.subject = ?1 and p.active"
                + " order by p.region_code").setParameter(1, user.subject()).getResultList();
        return codes;
    }

    LocalDate asOf(String text) {
        if (blank(text)) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "{stats.as-of.invalid}");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
