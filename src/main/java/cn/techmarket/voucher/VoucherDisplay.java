package cn.techmarket.voucher;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** Ratios in voucher templates; amounts use the platform's {amount.yuan}. */
@TemplateExtension
class VoucherDisplay {
    static String percent(BigDecimal ratio) {
        return ratio == null ? "" : ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
