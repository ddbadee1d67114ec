package cn.techmarket.voucher;

import java.util.EnumSet;
import java.util.Set;

/**
 * A voucher's life. Each status names the ones it may be reached from; {@link Voucher#moveTo} refuses the rest.
 * RESERVED is taken only by a conditional UPDATE (see {@link Ledger#reserve}), so that one order wins a voucher.
 */
public enum VoucherStatus {
    APPLIED, REFUSED, ISSUED, PLEDGED, RESERVED, SUBMITTED, CITY_APPROVED, ISSUER_APPROVED, PUBLICIZED, PAID,
    REJECTED, EXPIRED, VOID;

    /** The states whose amounts are still held (budget, and for RESERVED the holder's cap). */
    static final Set<VoucherStatus> LIVE = EnumSet.of(ISSUED, PLEDGED, RESERVED, SUBMITTED, CITY_APPROVED,
            ISSUER_APPROVED, PUBLICIZED);
    /** The states that lapse at the end of the validity: the service has not been submitted for redemption. */
    static final Set<VoucherStatus> EXPIRING = EnumSet.of(ISSUED, PLEDGED, RESERVED);

    Set<VoucherStatus> from() {
        return switch (this) {
            case APPLIED -> EnumSet.noneOf(VoucherStatus.class);
            case REFUSED -> EnumSet.of(APPLIED);
            case ISSUED -> EnumSet.of(APPLIED, PLEDGED);
            case PLEDGED -> EnumSet.of(ISSUED);
            case RESERVED -> EnumSet.of(ISSUED);
            case SUBMITTED -> EnumSet.of(RESERVED);
            case CITY_APPROVED -> EnumSet.of(SUBMITTED);
            case ISSUER_APPROVED -> EnumSet.of(CITY_APPROVED);
            case PUBLICIZED -> EnumSet.of(ISSUER_APPROVED);
            case PAID -> EnumSet.of(PUBLICIZED);
            case REJECTED -> EnumSet.of(SUBMITTED, CITY_APPROVED, ISSUER_APPROVED, PUBLICIZED);
            case EXPIRED -> EXPIRING;
            case VOID -> EnumSet.of(ISSUED, PLEDGED, RESERVED);
        };
    }
}
