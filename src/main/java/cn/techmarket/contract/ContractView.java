package cn.techmarket.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API and the pages show it, and as the audit trail records it. */
public record ContractView(long id, String title, ContractClass contractClass, ContractSubType subType,
                           PartyView seller, PartyView buyer, LocalDate signedOn, LocalDate termFrom,
                           LocalDate termTo, TechnicalField technicalField, IpType ipType,
                           PlanCategory planCategory, TradeFlag tradeFlag, BigDecimal expectedInvestment,
                           BigDecimal expectedOutput, BigDecimal totalAmount, BigDecimal nonTechnicalAmount,
                           BigDecimal techAmount, List<CostLineView> costLines, List<Long> resultIds,
                           ContractStatus status, Long pointId, String registrationNo, LocalDate registeredOn,
                           LocalDate submittedOn, LocalDate deadlineOn, boolean overdue, String supplementNote,
                           String refusalReason, Long dealId, Long ownerOrgId, long version) {

    public record PartyView(String name, String creditCode, String region, String country, SubjectType subjectType) {
        static PartyView from(Party p) {
            return new PartyView(p.name, p.creditCode, p.region, p.country, p.subjectType);
        }
    }

    public record CostLineView(CostKind kind, String description, BigDecimal amount) {
    }

    public static ContractView from(TechContract c, LocalDate today) {
        return new ContractView(c.id, c.title, c.contractClass, c.subType, PartyView.from(c.seller),
                PartyView.from(c.buyer), c.signedOn, c.termFrom, c.termTo, c.technicalField, c.ipType,
                c.planCategory, c.tradeFlag, c.expectedInvestment, c.expectedOutput, c.totalAmount,
                c.nonTechnicalAmount, c.techAmount(),
                c.costLines.stream().map(l -> new CostLineView(l.kind, l.description, l.amount)).toList(),
                List.copyOf(c.resultIds), c.status, c.pointId, c.registrationNo, c.registeredOn, c.submittedOn,
                c.deadlineOn, c.overdueOn(today), c.supplementNote, c.refusalReason, c.dealId, c.ownerOrgId,
                c.version);
    }
}
