package cn.techmarket.stats;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TableExportTest {
    @Test
    void text_that_looks_like_a_formula_is_defused_while_negative_amounts_stay_numbers() {
        StatsMessages text = MessageBundles.get(StatsMessages.class, Localized.Literal.of("zh-CN"));
        StatsRow hostile = new StatsRow("POINT:9", "=HYPERLINK(\"http://x\")", new Figure(-1, new BigDecimal("-12.50"),
                new BigDecimal("-10.00")), Figure.ZERO);
        String csv = new String(TableExport.csv(new StatsTable("POINT", "@title", List.of(hostile)), text),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'@title").contains("\"'=HYPERLINK(\"\"http://x\"\")\",-1,-12.50,-10.00,0,0.00,0.00,")
                .doesNotContain(",=");
    }
}
