package cn.techmarket.broker;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record DockingView(long id, long dealId, DockingKind kind, OffsetDateTime occurredAt, String parties,
                          String notes, String nextStep, LocalDate nextStepDue, OffsetDateTime createdAt) {
    static DockingView from(DockingRecord r) {
        return new DockingView(r.id, r.dealId, r.kind, r.occurredAt, r.parties, r.notes, r.nextStep, r.nextStepDue,
                r.createdAt);
    }
}
