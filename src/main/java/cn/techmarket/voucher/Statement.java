package cn.techmarket.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The month's net statement of one pair of cities (cityA < cityB): what each owes the other under every programme,
 * and the net; positive means A owes B.
 */
public record Statement(LocalDate month, String cityA, String cityB, BigDecimal aOwesB, BigDecimal bOwesA,
                        BigDecimal netAOwesB, int lines, boolean closed) {
}
