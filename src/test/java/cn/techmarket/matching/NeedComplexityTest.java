package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.NeedClass;
import cn.techmarket.listing.Stage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The complexity score, factor by factor, on needs built in memory. */
class NeedComplexityTest {

    private static Listing need() {
        Listing n = new Listing();
        n.title = "咨询";
        n.summary = "简单咨询";
        n.problem = "咨询";
        n.targetIndicators = "改进";
        n.stage = Stage.LAB;
        n.modes = EnumSet.of(Mode.CONSULTING);
        n.priceMin = new BigDecimal("50000");
        n.priceMax = new BigDecimal("60000");
        n.needClass = NeedClass.STRENGTH;
        return n;
    }

    @Test
    void a_plain_need_with_a_stated_budget_is_left_to_automatic_matching() {
        NeedComplexity.Score score = NeedComplexity.of(need());
        assertEquals(0, score.score());
        assertEquals(NeedComplexity.Routing.AUTO, score.routing());
    }

    @Test
    void each_factor_adds_its_explained_points() {
        Listing n = need();
        n.targetIndicators = "良品率 95%，寿命 24000 小时，能耗降低 20%，成本 ≤ 3 万元";
        assertEquals(22, NeedComplexity.indicators(n.targetIndicators).points());
        assertEquals(7, NeedComplexity.indicators("良品率 95%").points());
        assertEquals(10 + 8, NeedComplexity.production(Stage.PILOT, "中试后量产").points());
        n.modes = EnumSet.of(Mode.LICENSE);
        assertEquals(8 + 10, NeedComplexity.ipRisk(n, "专利与技术秘密").points());
        n.priceNegotiable = true;
        assertEquals(10, NeedComplexity.budget(n).points());
        n.priceNegotiable = false;
        n.priceMax = new BigDecimal("500000");
        assertEquals(5, NeedComplexity.budget(n).points(), "a top more than three times the bottom is half unclear");
        assertEquals(14, NeedComplexity.length("字".repeat(600)).points());
        assertEquals(7, NeedComplexity.length("字".repeat(300)).points());
    }

    @Test
    void fifty_five_points_or_more_route_the_need_to_a_broker() {
        Listing n = need();
        n.stage = Stage.PILOT;
        n.modes = EnumSet.of(Mode.TRANSFER);
        n.priceNegotiable = true;
        n.priceMin = null;
        n.priceMax = null;
        n.needClass = NeedClass.BOTTLENECK;
        n.problem = "需中试放大后批量量产，涉及核心专利许可与技术秘密保护，供应链国产化替代。";
        n.targetIndicators = "良品率≥95%，寿命 24000 小时";
        NeedComplexity.Score score = NeedComplexity.of(n);
        assertEquals(NeedComplexity.Routing.BROKER_REQUIRED, score.routing(), score.toString());
        assertEquals(score.score(), score.factors().stream().mapToInt(NeedComplexity.Factor::points).sum());
    }
}
