package cn.techmarket.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The statistics' texts ({sts:…}). Chinese here; English in messages/sts_en.properties. */
@MessageBundle(value = "sts", locale = "zh-CN")
public interface StatsMessages {
    @Message("技术市场统计") String nav_bureau();
    @Message("技术市场统计看板") String title();
    @Message("统计范围") String scope();
    @Message("统计期") String period();
    @Message("截至日期") String as_of();
    @Message("查询") String apply();
    @Message("期间写法：2025（年）、2025-Q2（季）、2025-03（月）、2025-YTD（年初至今）") String period_hint();
    @Message("按登记日期所在期间统计，金额为截至日期的登记金额；注销的合同在原期间计为零。") String definition();
    @Message("项目") String item();
    @Message("合同数") String count();
    @Message("成交额（元）") String total();
    @Message("技术交易额（元）") String tech();
    @Message("上年同期合同数") String ly_count();
    @Message("上年同期成交额（元）") String ly_total();
    @Message("上年同期技术交易额（元）") String ly_tech();
    @Message("成交额同比（%）") String growth();
    @Message("导出") String export();
    @Message("输出、吸纳与内部") String t_flows();
    @Message("月度趋势（{year}年，按登记月份）") String t_trend(int year);
    @Message("按地区") String t_regions();
    @Message("按合同类别（输出）") String t_CLASS();
    @Message("按技术领域（输出）") String t_FIELD();
    @Message("按卖方主体类型（输出）") String t_SELLER_TYPE();
    @Message("按买方主体类型（输出）") String t_BUYER_TYPE();
    @Message("按知识产权类型（输出）") String t_IP();
    @Message("按技术进出口（输出）") String t_TRADE();
    @Message("按登记点（输出）") String t_POINT();
    @Message("目标进度") String targets();
    @Message("指标") String metric();
    @Message("目标") String target();
    @Message("完成") String actual();
    @Message("完成率（%）") String progress();
    @Message("时间进度（%）") String elapsed();
    @Message("来源") String source();
    @Message("未录入该年GDP") String no_gdp();
    @Message("{#when m}{#is 'PUBLISHED_TOTAL'}技术合同成交额（输出+吸纳）{#is 'OUTPUT_TOTAL'}输出技术合同成交额{#is 'ABSORBED_TOTAL'}吸纳技术合同成交额{#is 'ABSORBED_GDP_PERCENT'}吸纳技术合同成交额占GDP比重（%）{/when}")
    String metric_name(String m);
    @Message("本年无目标。") String no_targets();
    @Message("输出") String output();
    @Message("吸纳") String absorbed();
    @Message("上年同期") String last_year();
    @Message("目标完成率") String gauge_progress();
    @Message("时间进度") String gauge_elapsed();
    @Message("正式报表（冻结）") String reports();
    @Message("冻结为正式数") String freeze();
    @Message("冻结于") String frozen_at();
    @Message("冻结数") String frozen();
    @Message("现值") String now();
    @Message("修订") String revision();
    @Message("本期尚无冻结报表。只有月度或年度可以冻结。") String no_reports();
    @Message("无修订") String no_revision();
    @Message("年度汇总表（JJ-001式）") String annual();
    @Message("年度") String year();
    @Message("生成") String generate();
    @Message("技术合同认定登记年度汇总表") String annual_title();
    @Message("打印") String print();
    @Message("可见登记点") String my_points();
}
