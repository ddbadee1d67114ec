package cn.techmarket.voucher;

import cn.techmarket.org.Organization;
import cn.techmarket.org.OrganizationType;
import cn.techmarket.org.Verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a holder may have a voucher of a programme: the reasons it may not, each a message key
 * (voucher.refusal.*); none means eligible. The budget is not a reason: it is taken at issue, atomically.
 */
record Eligibility(Programme programme, ProgrammeVersion terms, Set<String> poolCities, int thisYear) {

    List<String> ofOrganization(Organization org, BigDecimal used, BigDecimal amount) {
        List<String> reasons = new ArrayList<>();
        if (org.type != OrganizationType.ENTERPRISE) {
            reasons.add("holder-type");
        }
        if (org.verification != Verification.VERIFIED) {
            reasons.add("not-verified");
        }
        if (org.designations.stream().noneMatch(d -> terms.eligibleHolders.contains(d.name()))) {
            reasons.add("designation");
        }
        if (!programme.covers(org.regionCode, poolCities)) {
            reasons.add("region");
        }
        reasons.addAll(common(used, amount));
        return reasons;
    }

    List<String> ofTeam(Team team, BigDecimal used, BigDecimal amount) {
        List<String> reasons = new ArrayList<>();
        if (!terms.eligibleHolders.contains(ProgrammeService.STARTUP_TEAM)) {
            reasons.add("holder-type");
        }
        if (!programme.covers(team.regionCode, poolCities)) {
            reasons.add("region");
        }
        reasons.addAll(common(used, amount));
        return reasons;
    }

    private List<String> common(BigDecimal used, BigDecimal amount) {
        List<String> reasons = new ArrayList<>();
        if (programme.year != thisYear) {
            reasons.add("programme-year");
        }
        if (used.compareTo(terms.capPerHolder) >= 0) {
            reasons.add("cap-reached");
        } else if (used.add(amount).compareTo(terms.capPerHolder) > 0) {
            reasons.add("over-cap");
        }
        if (amount.compareTo(terms.faceValueMax) > 0) {
            reasons.add("over-face-value");
        }
        return reasons;
    }
}
