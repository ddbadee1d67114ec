package cn.techmarket.broker;

import cn.techmarket.common.Roles;
import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.RegionGroup;
import cn.techmarket.reference.ReferenceNames;
import cn.techmarket.reference.Regions;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Broker profiles and training records. Only users with the platform role broker have a profile. */
@ApplicationScoped
public class BrokerService {
    static final String AUDIT_TYPE = "broker";
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Regions regions;
    @Inject
    ReferenceNames names;
    @Inject
    Clock clock;

    public boolean isBroker() {
        return user.isSignedIn() && user.hasRole(Roles.BROKER);
    }

    /** The caller's profile, if they are a broker who has filled it in. */
    public Optional<BrokerProfile> mine() {
        if (!isBroker()) {
            return Optional.empty();
        }
        return BrokerProfile.ofUser(user.profile().id);
    }

    /** The caller's profile, or 403 (not a broker) / 409 broker-profile-required. */
    BrokerProfile requireMine() {
        if (!isBroker()) {
            throw new ForbiddenException();
        }
        return BrokerProfile.ofUser(user.profile().id)
                .orElseThrow(() -> new RuleViolation("broker-profile-required", "fill in the broker profile first"));
    }

    public BrokerView me() {
        if (!isBroker()) {
            throw new ForbiddenException();
        }
        return mine().map(p -> BrokerView.from(p, true, names)).orElseThrow(NotFoundException::new);
    }

    public BrokerView view(long id) {
        BrokerProfile p = BrokerProfile.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        boolean self = mine().map(m -> m.id.equals(p.id)).orElse(false);
        return BrokerView.from(p, self || user.isAdmin(), names);
    }

    /** Every broker, for the operator's assignment form. */
    public List<BrokerView> all() {
        return BrokerProfile.<BrokerProfile>listAll().stream().map(p -> BrokerView.from(p, user.isAdmin(), names)).toList();
    }

    @Transactional
    public BrokerView save(@Valid BrokerForm form) {
        if (!isBroker()) {
            throw new ForbiddenException();
        }
        check(form);
        Optional<BrokerProfile> existing = BrokerProfile.ofUser(user.profile().id);
        BrokerProfile p = existing.orElseGet(BrokerProfile::new);
        BrokerView before = null;
        if (existing.isPresent()) {
            if (form.version() == null) {
                throw new InvalidInputException("version", "{version.required}");
            }
            if (form.version() != p.version) {
                throw new StaleVersionException(AUDIT_TYPE, p.id, form.version(), p.version);
            }
            before = BrokerView.from(p, true, names);
        } else {
            p.userId = user.profile().id;
            p.createdAt = OffsetDateTime.now(clock);
        }
        p.level = form.level();
        p.fields = new TreeSet<>(form.fields());
        p.regions = new TreeSet<>(form.regions());
        p.organizationId = form.organizationId();
        p.bio = blankToNull(form.bio());
        p.phone = blankToNull(form.phone());
        p.updatedAt = OffsetDateTime.now(clock);
        p.persist();
        BrokerProfile.flush();
        BrokerView after = BrokerView.from(p, true, names);
        audit.record(existing.isPresent() ? "broker.updated" : "broker.created", AUDIT_TYPE, p.id, before, after);
        return after;
    }

    @Transactional
    public TrainingView addTraining(@Valid TrainingForm form) {
        BrokerProfile p = requireMine();
        BrokerTraining t = new BrokerTraining();
        t.brokerId = p.id;
        t.kind = form.kind();
        t.title = form.title().strip();
        t.provider = form.provider().strip();
        t.completedOn = form.completedOn();
        t.hours = form.hours();
        t.certificate = blankToNull(form.certificate());
        t.createdAt = OffsetDateTime.now(clock);
        t.persist();
        TrainingView view = TrainingView.from(t);
        audit.record("broker.training.added", AUDIT_TYPE, p.id, null, view);
        return view;
    }

    @Transactional
    public void removeTraining(long trainingId) {
        BrokerProfile p = requireMine();
        BrokerTraining t = BrokerTraining.findById(trainingId);
        if (t == null || !t.brokerId.equals(p.id)) {
            throw new NotFoundException();
        }
        audit.record("broker.training.removed", AUDIT_TYPE, p.id, TrainingView.from(t), null);
        t.delete();
    }

    private void check(BrokerForm form) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.fields().size(); i++) {
            if (Industry.findById(form.fields().get(i)) == null) {
                errors.add(new FieldError("fields[" + i + "]", "{industry.unknown}"));
            }
        }
        for (int i = 0; i < form.regions().size(); i++) {
            String code = form.regions().get(i);
            if (!regions.exists(code) && RegionGroup.findById(code) == null) {
                errors.add(new FieldError("regions[" + i + "]", "{region.unknown}"));
            }
        }
        if (form.organizationId() != null) {
            if (Organization.findById(form.organizationId()) == null || !user.belongsTo(form.organizationId())) {
                errors.add(new FieldError("organizationId", "{organization.not-member}"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
