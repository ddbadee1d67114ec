package cn.techmarket.demo;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Chinese texts of generated listings: needs read like an enterprise's problem with quantified targets, results
 * like an abstract with its advantages. Every choice comes from the generator's seeded random.
 */
final class CatalogueTexts {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "建国志强明华晓东丽娟海涛文杰春梅国庆立新永红玉兰伟平小军俊峰秀英德明子豪思远雨婷振宇佳怡嘉欣光辉";
    private final java.util.Random random;

    CatalogueTexts(java.util.Random random) {
        this.random = random;
    }

    /** A value of an indicator: what a need asks for, or what a result achieved, against today's level. */
    record Indicator(Subject.Metric metric, BigDecimal value) {
        String today() {
            return metric.today().toPlainString() + metric.unit();
        }

        String value(BigDecimal v) {
            return v.toPlainString() + metric.unit();
        }

        /** Improvement against today's level, in per cent. */
        long gainPercent() {
            BigDecimal base = metric.today().abs().max(new BigDecimal("0.0001"));
            return value.subtract(metric.today()).abs().multiply(BigDecimal.valueOf(100))
                    .divide(base, 0, RoundingMode.HALF_UP).longValue();
        }
    }

    Indicator needed(Subject.Metric m) {
        double factor = m.raises() ? 0.95 + random.nextDouble() * 0.2 : 0.9 + random.nextDouble() * 0.15;
        return new Indicator(m, capped(m, round(m.target(), factor)));
    }

    /** A share cannot pass 100 %: at most half-way from the target to 100. */
    private static BigDecimal capped(Subject.Metric m, BigDecimal value) {
        if (!"%".equals(m.unit()) || m.relative() || !m.raises()) {
            return value;
        }
        BigDecimal limit = m.target().add(BigDecimal.valueOf(100).subtract(m.target()).divide(BigDecimal.TWO, m.target().scale(),
                RoundingMode.DOWN));
        return value.min(limit);
    }

    Indicator achieved(Subject.Metric m) {
        double factor = m.raises() ? 1.0 + random.nextDouble() * 0.15 : 0.85 + random.nextDouble() * 0.15;
        return new Indicator(m, capped(m, round(m.target(), factor)));
    }

    private static BigDecimal round(BigDecimal v, double factor) {
        BigDecimal x = v.multiply(BigDecimal.valueOf(factor));
        if (v.scale() > 0) {
            return x.setScale(v.scale(), RoundingMode.HALF_UP);
        }
        BigDecimal step = x.compareTo(BigDecimal.valueOf(1000)) >= 0 ? BigDecimal.valueOf(100)
                : x.compareTo(BigDecimal.valueOf(100)) >= 0 ? BigDecimal.TEN : BigDecimal.ONE;
        return x.divide(step, 0, RoundingMode.HALF_UP).multiply(step).max(BigDecimal.ZERO);
    }

    <T> List<T> someOf(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // --- needs ---------------------------------------------------------------------------------------------------

    String needTitle(Subject s, Indicator first) {
        return switch (random.nextInt(5)) {
            case 0 -> s.name() + "关键技术攻关";
            case 1 -> "征集" + s.name() + "技术解决方案";
            case 2 -> s.name() + "：" + first.metric().name() + (first.metric().raises() ? "提升至" : "降至")
                    + first.value(first.value());
            case 3 -> "解决" + pick(s.problems()) + "问题";
            default -> String.join("", someOf(s.keywords(), 2)) + "技术合作需求";
        };
    }

    String target(Indicator i) {
        Subject.Metric m = i.metric();
        if (m.relative()) {
            return m.name() + (m.raises() ? "提高" : "降低") + BigDecimal.valueOf(100).subtract(i.value()).abs().toPlainString() + "%以上";
        }
        return "将" + m.name() + "由" + i.today() + (m.raises() ? "提高到" : "降低到") + i.value(i.value())
                + (m.raises() ? "以上" : "以下");
    }

    String needSummary(Subject s, List<Indicator> targets, Set<Mode> modes) {
        List<String> problems = someOf(s.problems(), 2);
        return pick(List.of("我公司", "企业", "我单位")) + "在" + s.name() + "方面，目前存在" + String.join("、", problems)
                + "等问题，制约了在" + pick(s.applications()) + "等领域的应用。需求目标："
                + targets.stream().map(this::target).collect(Collectors.joining("；")) + "。现寻求具备"
                + String.join("、", someOf(s.keywords(), 2)) + "研究基础的高校院所，以" + modes(modes) + "方式合作攻关。";
    }

    String problem(Subject s) {
        List<String> problems = someOf(s.problems(), s.problems().size());
        return "现有" + s.name() + pick(List.of("工艺", "产品", "技术", "装置")) + "主要问题：" + String.join("；", problems)
                + "。" + pick(List.of("国内同类产品与国际先进水平仍有差距，关键环节依赖进口。",
                "已与多家单位接触，尚未形成可工程化的解决方案。", "属于产业链“卡脖子”环节，亟需自主可控技术。",
                "问题已影响交付质量和成本，需在一年内取得突破。"));
    }

    String targetIndicators(List<Indicator> targets) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            lines.add((i + 1) + ". " + target(targets.get(i)) + "；");
        }
        lines.add((targets.size() + 1) + ". 形成可工程化应用的工艺文件，并通过第三方检测验证。");
        return String.join("\n", lines);
    }

    String needDetails(Subject s, List<Indicator> targets, BigDecimal[] budget) {
        return "一、现状：" + String.join("；", s.problems()) + "。\n二、技术要求："
                + targets.stream().map(this::target).collect(Collectors.joining("；")) + "。\n三、现场条件：可提供"
                + pick(List.of("中试场地和试验样件", "生产线试用条件", "历史运行数据和失效样品", "检测设备和技术人员配合"))
                + "。\n四、预算与周期：" + (budget == null ? "面议" : budget[0].toPlainString() + "至" + budget[1].toPlainString() + "元")
                + "，周期" + (6 + random.nextInt(19)) + "个月。";
    }

    String keywords(Subject s) {
        return String.join(",", someOf(s.keywords(), 3 + random.nextInt(Math.max(1, s.keywords().size() - 2))));
    }

    // --- results -------------------------------------------------------------------------------------------------

    String resultTitle(Subject s, String approach) {
        String title = switch (random.nextInt(4)) {
            case 0 -> "基于" + approach + "的" + s.name() + "技术";
            case 1 -> "一种" + s.name() + "的" + approach + "方法";
            case 2 -> s.name() + "关键技术及应用";
            default -> approach + "成套技术";
        };
        return title.length() > 120 ? title.substring(0, 120) : title;
    }

    String achievedText(Indicator i) {
        return i.metric().name() + (i.metric().relative() ? (i.metric().raises() ? "提高" : "降低")
                + BigDecimal.valueOf(100).subtract(i.value()).abs().toPlainString() + "%" : "达到" + i.value(i.value()));
    }

    String resultSummary(Subject s, String approach, List<Indicator> achieved, Stage stage) {
        return "本成果针对" + s.name() + "中" + String.join("、", someOf(s.problems(), 2)) + "等难题，采用" + approach + "，"
                + pick(List.of("研制了成套工艺与装置", "形成了完整的技术方案", "开发了样机和配套工艺", "建立了工艺数据库和设计方法"))
                + "。经" + stageName(stage) + "验证，" + achieved.stream().map(this::achievedText).collect(Collectors.joining("，"))
                + "，可应用于" + String.join("、", someOf(s.applications(), 2)) + "。";
    }

    String advantages(Subject s, List<Indicator> achieved) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : achieved) {
            lines.add(i.metric().name() + "较现有水平" + (i.metric().raises() ? "提高" : "降低") + i.gainPercent() + "%");
        }
        lines.add(pick(List.of("核心工艺自主可控，可替代进口", "工艺路线短，易于在现有产线上改造实施",
                "综合成本较同类技术降低20%以上", "技术成熟度高，已有示范应用")));
        return String.join("；", lines) + "。";
    }

    String resultDetails(Subject s, String approach, List<Indicator> achieved) {
        return "技术路线：" + String.join("；", s.approaches()) + "。\n主要指标：" + achieved.stream().map(this::achievedText)
                .collect(Collectors.joining("；")) + "。\n合作要求：受让方需具备" + pick(s.applications()) + "相关生产条件，"
                + "课题组可提供" + pick(List.of("工艺包和技术培训", "现场技术服务一年", "中试放大指导", "样品试制")) + "。";
    }

    String maturity(Subject s, Stage stage) {
        if (stage == Stage.LAB) {
            return "已完成实验室小试，" + pick(List.of("样品性能经第三方检测合格", "已制备样品" + (5 + random.nextInt(50)) + "批次",
                    "正在筹建中试线")) + "，具备开展中试放大的条件。";
        }
        return "已完成" + stageName(stage) + "，" + pick(List.of("在" + pick(s.applications()) + "开展示范应用",
                "经第三方检测机构检测合格", "通过省级科技成果评价，整体达到国内领先水平", "形成小批量供货能力"))
                + "，累计运行" + (500 + random.nextInt(9500)) + "小时。";
    }

    String team(Subject s) {
        return pick(s.keywords()) + "课题组：教授" + (1 + random.nextInt(3)) + "人，副教授及高工" + (2 + random.nextInt(5))
                + "人，博士研究生" + (2 + random.nextInt(8)) + "人";
    }

    String inventors(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(person() + GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return String.join("、", names);
    }

    String ipTitle(Subject s, IpItem.Type type) {
        return switch (type) {
            case SOFTWARE_COPYRIGHT -> s.name() + "管理软件V" + (1 + random.nextInt(4)) + ".0";
            case PLANT_VARIETY -> pick(List.of("川", "达", "蜀")) + pick(List.of("优", "丰", "香", "粳")) + (100 + random.nextInt(900)) + "号";
            case TRADE_SECRET -> s.name() + "工艺参数（技术秘密）";
            case UTILITY_MODEL -> "一种" + pick(s.keywords()) + "装置";
            default -> "一种" + pick(s.approaches()) + "方法";
        };
    }

    String person() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    private static String modes(Set<Mode> modes) {
        return modes.stream().map(m -> switch (m) {
            case TRANSFER -> "技术转让";
            case LICENSE -> "技术许可";
            case COMMISSIONED_DEV -> "委托开发";
            case JOINT_DEV -> "合作开发";
            case CONSULTING -> "技术咨询";
            case SERVICE -> "技术服务";
            case EQUITY -> "技术入股";
        }).collect(Collectors.joining("、"));
    }

    private static String stageName(Stage stage) {
        return switch (stage) {
            case LAB -> "小试";
            case PILOT -> "中试";
            case MATURATION -> "熟化";
            case ENGINEERING -> "工程化试验";
            case INDUSTRIAL -> "产业化应用";
        };
    }
}
