package cn.techmarket.voucher;

import cn.techmarket.listing.Prices;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** {amount.yuan} in voucher templates: the platform's one money format. */
@TemplateExtension
class VoucherDisplay {
    static String yuan(BigDecimal amount) {
        return amount == null ? "" : Prices.text(false, amount, null);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "" : ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
