package cn.techmarket.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    @Test
    void chinese_pages_show_large_amounts_in_wan_yuan_and_small_ones_with_separators() {
        assertThat(Money.format(new BigDecimal("2410000.00"), true)).isEqualTo("241万元");
        assertThat(Money.format(new BigDecimal("357000.00"), true)).isEqualTo("35.7万元");
        assertThat(Money.format(new BigDecimal("85000.00"), true)).isEqualTo("¥85,000");
        assertThat(Money.format(new BigDecimal("1200.50"), true)).isEqualTo("¥1,200.50");
        assertThat(Money.range(new BigDecimal("500000"), new BigDecimal("2000000"), true)).isEqualTo("50–200万元");
    }

    @Test
    void english_pages_show_yuan_with_separators() {
        assertThat(Money.format(new BigDecimal("8490000.00"), false)).isEqualTo("¥8,490,000");
        assertThat(Money.localize("¥50,000.00–¥200,000.00", false)).isEqualTo("¥50,000–¥200,000");
        assertThat(Money.localize("¥3,010,000.00", true)).isEqualTo("301万元");
        assertThat(Money.localize("面议", true)).isEqualTo("面议");
    }

    @Test
    void inputs_accept_wan_as_well_as_yuan() {
        assertThat(Money.parse("500万")).isEqualByComparingTo("5000000");
        assertThat(Money.parse("1.5万元")).isEqualByComparingTo("15000");
        assertThat(Money.parse("¥1,200.50")).isEqualByComparingTo("1200.50");
        assertThat(Money.parse("500,000元")).isEqualByComparingTo("500000");
        assertThat(Money.parse(" ")).isNull();
        assertThatThrownBy(() -> Money.parse("五十万")).isInstanceOf(NumberFormatException.class);
    }
}
