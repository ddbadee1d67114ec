package cn.techmarket.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A technical subject of the demo catalogue (重型燃气轮机叶片热障涂层, 低成本连续玄武岩纤维 …): the vocabulary its
 * needs and results are written from. Needs and results of one subject are meant for each other.
 */
public record Subject(String id, String industryCode, String name, List<String> keywords, List<String> problems,
                      List<Metric> metrics, List<String> approaches, List<String> applications) {

    /** Level-1 industry code (EQUIP for EQUIP.CLEAN). */
    public String industryL1() {
        int dot = industryCode.indexOf('.');
        return dot < 0 ? industryCode : industryCode.substring(0, dot);
    }

    /** A quantified indicator: 涂层服役寿命 from 8000 to 12000 小时. A target below today's value is a reduction. */
    public record Metric(String name, String unit, BigDecimal today, BigDecimal target) {
        public boolean raises() {
            return target.compareTo(today) > 0;
        }

        /** A relative indicator written as 100 → 60 (%) reads as 降低40%. */
        boolean relative() {
            return "%".equals(unit) && today.compareTo(BigDecimal.valueOf(100)) == 0;
        }
    }
}
