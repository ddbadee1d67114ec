package cn.techmarket.listing.importing;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.NeedClass;
import cn.techmarket.listing.PricingMethod;
import cn.techmarket.listing.RightsStatus;
import cn.techmarket.listing.Stage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values a choice cell accepts: the Chinese label the listing pages show (first), a few common variants, and the
 * API's constant name in any case. People type what they read on the form, programs what they read in the API.
 */
final class Choice<E extends Enum<E>> {
    static final Choice<Stage> STAGE = new Choice<>(Stage.class, Map.of(Stage.LAB, "小试", Stage.PILOT, "中试",
            Stage.MATURATION, "熟化", Stage.ENGINEERING, "工程化", Stage.INDUSTRIAL, "产业化"));
    static final Choice<Mode> MODE = new Choice<>(Mode.class, Map.of(Mode.TRANSFER, "技术转让|转让",
            Mode.LICENSE, "技术许可|许可", Mode.COMMISSIONED_DEV, "委托开发", Mode.JOINT_DEV, "合作开发",
            Mode.CONSULTING, "技术咨询", Mode.SERVICE, "技术服务", Mode.EQUITY, "技术入股|作价入股"));
    static final Choice<NeedClass> NEED_CLASS = new Choice<>(NeedClass.class,
            Map.of(NeedClass.BOTTLENECK, "卡脖子", NeedClass.STRENGTH, "长板"));
    static final Choice<RightsStatus> RIGHTS = new Choice<>(RightsStatus.class, Map.of(RightsStatus.OWNED, "单位所有",
            RightsStatus.LONG_TERM_USE, "科研人员长期使用权|长期使用权", RightsStatus.JOINT, "共同所有|共有",
            RightsStatus.LICENSED, "许可使用|被许可"));
    static final Choice<PricingMethod> PRICING = new Choice<>(PricingMethod.class, Map.of(
            PricingMethod.AGREEMENT, "协议定价", PricingMethod.LISTING, "挂牌交易|挂牌", PricingMethod.AUCTION, "拍卖"));
    static final Choice<IpItem.Type> IP_TYPE = new Choice<>(IpItem.Type.class, Map.of(
            IpItem.Type.INVENTION_PATENT, "发明专利", IpItem.Type.UTILITY_MODEL, "实用新型|实用新型专利",
            IpItem.Type.DESIGN_PATENT, "外观设计|外观设计专利", IpItem.Type.SOFTWARE_COPYRIGHT, "软件著作权|软著",
            IpItem.Type.TRADE_SECRET, "技术秘密", IpItem.Type.PLANT_VARIETY, "植物新品种",
            IpItem.Type.IC_LAYOUT, "集成电路布图设计", IpItem.Type.OTHER, "其他"));
    static final Choice<IpItem.Status> IP_STATUS = new Choice<>(IpItem.Status.class, Map.of(
            IpItem.Status.APPLIED, "申请中", IpItem.Status.GRANTED, "已授权", IpItem.Status.EXPIRED, "已失效",
            IpItem.Status.OTHER, "其他"));

    private final Map<E, String> labels;
    private final Map<String, E> byText = new HashMap<>();

    private Choice(Class<E> type, Map<E, String> variants) {
        labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            String[] names = variants.get(value).split("\\|");
            labels.put(value, names[0]);
            byText.put(value.name().toLowerCase(Locale.ROOT), value);
            for (String name : names) {
                byText.put(name, value);
            }
        }
    }

    /** The value a cell names, or null when it names none. */
    E parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return byText.get(key);
    }

    String label(E value) {
        return labels.get(value);
    }

    /** "小试（LAB）、中试（PILOT）…": what an error message offers. */
    String offer() {
        return labels.entrySet().stream().map(e -> e.getValue() + "（" + e.getKey().name() + "）")
                .collect(Collectors.joining("、"));
    }
}
