package cn.techmarket.contract;

import cn.techmarket.org.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

/**
 * Who may see and act on a contract: members of the registrant's organization, registrars whose points cover the
 * contract's point once it is submitted, and operators (read only). Everyone else gets a 404, as if it did not exist.
 */
@RequestScoped
public class ContractAccess {
    @Inject
    CurrentUser user;
    @Inject
    RegistrationPoints points;
    private List<Long> covered;

    TechContract visible(long id) {
        TechContract c = load(id);
        if (user.isAdmin() || ownedByCaller(c) || coversCaller(c)) {
            return c;
        }
        throw new NotFoundException();
    }

    TechContract forRegistrant(long id) {
        TechContract c = load(id);
        if (!ownedByCaller(c)) {
            throw new NotFoundException();
        }
        return c;
    }

    TechContract forRegistrar(long id) {
        TechContract c = load(id);
        if (!coversCaller(c)) {
            throw new NotFoundException();
        }
        return c;
    }

    /** The points whose files the caller, as a registrar, handles (empty for anyone else). */
    List<Long> pointsOfCaller() {
        if (covered == null) {
            covered = user.isSignedIn() && user.hasRole("registrar") ? points.coveredBy(user.subject()) : List.of();
        }
        return covered;
    }

    boolean ownedByCaller(TechContract c) {
        return c.ownerOrgId != null && user.isMemberOf(c.ownerOrgId);
    }

    boolean coversCaller(TechContract c) {
        return c.status != ContractStatus.DRAFT && c.pointId != null && pointsOfCaller().contains(c.pointId);
    }

    private static TechContract load(long id) {
        TechContract c = TechContract.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }
}
