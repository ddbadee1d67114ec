package cn.techmarket.stats;

import java.util.Locale;
import java.util.Map;

/**
 * Names of the codes the breakdowns group by, in the national statistics' wording. A code without a name here (a
 * technical field added later) shows as itself.
 */
final class Labels {
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("DEVELOPMENT", new String[]{"技术开发", "Development"}),
            Map.entry("TRANSFER", new String[]{"技术转让", "Transfer"}),
            Map.entry("LICENSE", new String[]{"技术许可", "Licence"}),
            Map.entry("CONSULTING", new String[]{"技术咨询", "Consulting"}),
            Map.entry("SERVICE", new String[]{"技术服务", "Service"}),
            Map.entry("ENTERPRISE", new String[]{"企业法人", "Enterprise"}),
            Map.entry("RESEARCH_INSTITUTE", new String[]{"科研机构", "Research institute"}),
            Map.entry("UNIVERSITY", new String[]{"高等院校", "University"}),
            Map.entry("OTHER", new String[]{"其他", "Other"}),
            Map.entry("DOMESTIC", new String[]{"国内", "Domestic"}),
            Map.entry("IMPORT", new String[]{"技术进口", "Technology import"}),
            Map.entry("EXPORT", new String[]{"技术出口", "Technology export"}),
            Map.entry("PATENT_INVENTION", new String[]{"发明专利", "Invention patent"}),
            Map.entry("PATENT_UTILITY", new String[]{"实用新型专利", "Utility model"}),
            Map.entry("PATENT_DESIGN", new String[]{"外观设计专利", "Design patent"}),
            Map.entry("PATENT_APPLICATION", new String[]{"专利申请权", "Patent application"}),
            Map.entry("TECHNICAL_SECRET", new String[]{"技术秘密", "Technical secret"}),
            Map.entry("SOFTWARE_COPYRIGHT", new String[]{"计算机软件著作权", "Software copyright"}),
            Map.entry("IC_LAYOUT", new String[]{"集成电路布图设计", "IC layout design"}),
            Map.entry("PLANT_VARIETY", new String[]{"植物新品种", "Plant variety"}),
            Map.entry("BIOMEDICAL_VARIETY", new String[]{"生物医药新品种", "Biomedical variety"}),
            Map.entry("NONE", new String[]{"未涉及知识产权", "No IP"}),
            Map.entry("ELECTRONIC_INFO", new String[]{"电子信息", "Electronic information"}),
            Map.entry("ADVANCED_MANUFACTURING", new String[]{"先进制造", "Advanced manufacturing"}),
            Map.entry("AEROSPACE", new String[]{"航空航天", "Aerospace"}),
            Map.entry("MODERN_TRANSPORT", new String[]{"现代交通", "Modern transport"}),
            Map.entry("AGRICULTURE", new String[]{"农业", "Agriculture"}),
            Map.entry("NEW_MATERIALS", new String[]{"新材料及其应用", "New materials"}),
            Map.entry("NEW_ENERGY", new String[]{"新能源与高效节能", "New energy and energy efficiency"}),
            Map.entry("ENVIRONMENT", new String[]{"环境保护与资源综合利用", "Environment and resources"}),
            Map.entry("BIOMEDICINE", new String[]{"生物、医药和医疗器械", "Biology, medicine, devices"}),
            Map.entry("URBAN_SOCIAL", new String[]{"城市建设与社会发展", "Urban and social development"}),
            Map.entry("NUCLEAR", new String[]{"核应用", "Nuclear applications"}),
            Map.entry("OUTPUT", new String[]{"输出", "Output (seller in region)"}),
            Map.entry("ABSORBED", new String[]{"吸纳", "Absorbed (buyer in region)"}),
            Map.entry("INTERNAL", new String[]{"区域内部（买卖双方均在区域内）", "Internal (both parties in region)"}),
            Map.entry("PUBLISHED", new String[]{"输出+吸纳（公布口径）", "Output + absorbed (as published)"}),
            Map.entry("DISTINCT", new String[]{"合计（去重）", "Total (distinct contracts)"}));

    private Labels() {
    }

    static String of(String code, Locale locale) {
        String[] both = NAMES.get(code);
        if (both == null) {
            return code;
        }
        return "en".equals(locale.getLanguage()) ? both[1] : both[0];
    }
}
