package cn.techmarket.broker;

import java.util.Optional;

/**
 * 线索 → 对接中 → 谈判 → 签约 → 已登记, or 终止 from any open stage. Deals move one stage forward at a time;
 * 已登记 is reached only through contract registration ({@link DealRegistrations}), never by the broker.
 */
public enum DealStage {
    LEAD, DOCKING, NEGOTIATION, SIGNED, REGISTERED, TERMINATED;

    /** The stages of the funnel, in order (TERMINATED is not one). */
    public static final DealStage[] FUNNEL = {LEAD, DOCKING, NEGOTIATION, SIGNED, REGISTERED};

    public boolean isOpen() {
        return this == LEAD || this == DOCKING || this == NEGOTIATION;
    }

    public boolean isWon() {
        return this == SIGNED || this == REGISTERED;
    }

    public Optional<DealStage> next() {
        return switch (this) {
            case LEAD -> Optional.of(DOCKING);
            case DOCKING -> Optional.of(NEGOTIATION);
            case NEGOTIATION -> Optional.of(SIGNED);
            case SIGNED -> Optional.of(REGISTERED);
            default -> Optional.empty();
        };
    }

    /** What a broker may do from here: the next stage (but never REGISTERED), or TERMINATED while open. */
    public boolean brokerMayMoveTo(DealStage target) {
        if (target == TERMINATED) {
            return isOpen();
        }
        return target != REGISTERED && next().filter(target::equals).isPresent();
    }
}
