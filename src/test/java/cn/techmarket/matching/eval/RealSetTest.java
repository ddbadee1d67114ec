package cn.techmarket.matching.eval;

import cn.techmarket.listing.Mode;
import cn.techmarket.listing.Stage;
import cn.techmarket.matching.eval.RealListings.RealListing;
import cn.techmarket.matching.eval.RealSelection.SelectedNeed;
import cn.techmarket.matching.eval.RealSelection.Split;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real set is as large as issue 13 asks, its selection is fixed by its seed, and nothing is invented. */
class RealSetTest {
    private static final List<RealListing> NEEDS = RealListings.needs();
    private static final List<RealListing> CANDIDATES = RealListings.candidates();

    @Test
    void it_holds_enough_distinct_informative_needs_and_candidates() {
        assertThat(NEEDS).hasSizeGreaterThan(1_400);
        assertThat(CANDIDATES).hasSizeGreaterThan(4_700);
        assertThat(NEEDS).allSatisfy(n -> assertThat(RealListings.hanCount(n.text().replace(n.title(), "")))
                .isGreaterThanOrEqualTo(RealListings.INFORMATIVE_CHARACTERS));
        Set<String> distinct = new HashSet<>();
        CANDIDATES.forEach(c -> assertThat(distinct.add(c.title() + "\n" + c.text())).as(c.key()).isTrue());
    }

    @Test
    void the_selection_is_stratified_split_forty_sixty_and_the_same_on_every_run() {
        List<SelectedNeed> selected = RealSelection.needs(NEEDS);
        assertThat(selected).hasSize(RealSelection.NEEDS);
        assertThat(selected.stream().filter(n -> n.split() == Split.DEV)).hasSize(64);
        assertThat(RealSelection.needs(NEEDS)).isEqualTo(selected);
        Map<String, Long> byClass = selected.stream().collect(Collectors.groupingBy(n -> n.listing().classification(),
                Collectors.counting()));
        long manufacturing = NEEDS.stream().filter(n -> n.classification().equals("制造业")).count();
        assertThat(byClass.get("制造业")).isCloseTo(Math.round(160.0 * manufacturing / NEEDS.size()),
                org.assertj.core.data.Offset.offset(1L));
        assertThat(RealSelection.itemIds(CANDIDATES)).hasSameSizeAs(CANDIDATES).containsKey("R0001");
    }

    @Test
    void only_what_the_sources_say_is_mapped() {
        assertThat(RealListings.needModes("技术转让,委托开发")).containsExactlyInAnyOrder(Mode.TRANSFER, Mode.COMMISSIONED_DEV);
        assertThat(RealListings.needModes("其他")).isEmpty();
        assertThat(RealListings.resultModes("完全转让许可转让技术入股合作生产"))
                .containsExactlyInAnyOrder(Mode.TRANSFER, Mode.LICENSE, Mode.EQUITY);
        assertThat(RealListings.stage("已有样品")).isNull();
        assertThat(RealListings.stage("通过中试")).isEqualTo(Stage.PILOT);
        assertThat(RealListings.price("100.0万元-200.0万元")).containsExactly(new BigDecimal("1000000.00"),
                new BigDecimal("2000000.00"));
        assertThat(RealListings.price("面议")).isNull();
        assertThat(CANDIDATES).allSatisfy(c -> {
            assertThat(c.form().trl()).isNull();
            assertThat(c.form().rightsConfirmed()).isNull();
            assertThat(c.form().keywords()).isNull();
        });
        assertThat(CANDIDATES.stream().filter(c -> c.key().startsWith("csl"))).allSatisfy(c -> {
            assertThat(c.form().modes()).isEmpty();
            assertThat(c.form().stage()).isNull();
            assertThat(c.form().priceNegotiable()).isFalse();
        });
    }
}
