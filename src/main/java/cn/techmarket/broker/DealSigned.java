package cn.techmarket.broker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Fired (a CDI event, inside the signing transaction) when a deal is signed: the hand-over to technology-contract
 * registration (技术合同认定登记). The contract feature observes it, drafts the contract from these facts, and reports
 * the registration back through {@link DealRegistrations}. The broker feature knows nothing about contracts.
 *
 * @param demandOrgIds the need's side (the buyer of the technology)
 * @param supplyOrgIds the results' side
 * @param commissionKind null when no commission was agreed (it is required before signing, so never null today)
 */
public record DealSigned(long dealId, long needId, List<Long> resultIds, List<Long> demandOrgIds,
                         List<Long> supplyOrgIds, long brokerId, BigDecimal amount, LocalDate signedOn,
                         CommissionKind commissionKind, BigDecimal commissionRate, BigDecimal commissionAmount,
                         Integer commissionYears) {

    static DealSigned of(Deal d) {
        return new DealSigned(d.id, d.needId, List.copyOf(d.resultIds),
                d.parties.stream().filter(p -> p.role == DealParty.Role.DEMAND).map(p -> p.organizationId).toList(),
                d.parties.stream().filter(p -> p.role == DealParty.Role.SUPPLY).map(p -> p.organizationId).toList(),
                d.brokerId, d.amount, d.signedOn, d.commissionKind, d.commissionRate, d.commissionAmount,
                d.commissionYears);
    }
}
