package cn.techmarket.listing.importing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the import pages, template and report, Chinese here and English in messages/imp_en.properties ({imp:…}). */
@MessageBundle(value = "imp", locale = "zh-CN")
public interface ImportMessages {
    @Message("批量导入") String title();
    @Message("机构持有成百上千项成果或需求时，可按模板填写 CSV 或 Excel（.xlsx）文件一次导入：每行一条，逐行校验，出错的行不影响其他行，导入后为草稿。单个文件最多 {maxRows} 行、{maxMb} MB。")
    String lead(int maxRows, long maxMb);
    @Message("发布机构") String organization();
    @Message("需加入机构后才能导入。先登记或加入一家机构。") String no_org();
    @Message("类型") String kind();
    @Message("{#when k}{#is 'NEED'}技术需求{#is 'RESULT'}科技成果{/when}") String kind_name(String k);
    @Message("文件（CSV 或 .xlsx）") String file();
    @Message("Excel 另存为 CSV（UTF-8 或中文 Windows 默认编码均可）或直接上传 .xlsx；读取第一个工作表，第一行为表头。") String file_hint();
    @Message("导入后直接提交审核（否则保存为草稿）") String submit_option();
    @Message("上传并导入") String upload();
    @Message("下载模板") String templates();
    @Message("表头可用中文或英文字段名，带 * 的列必填；可选值与格式见 .xlsx 模板中的“说明”工作表。") String columns_help();
    @Message("最近的导入") String recent();
    @Message("还没有导入记录。") String recent_empty();
    @Message("导入 #{id}") String job_title(long id);
    @Message("{#when s}{#is 'QUEUED'}排队中{#is 'RUNNING'}导入中{#is 'DONE'}已完成{#is 'FAILED'}已中止{/when}") String status(String s);
    @Message("共 {total} 行，已处理 {done} 行：成功 {ok} 行，失败 {failed} 行") String progress(int total, int done, int ok, int failed);
    @Message("页面每隔几秒自动刷新。") String refreshing();
    @Message("导入后直接提交审核") String submitted();
    @Message("以下表头未识别，已忽略：") String ignored();
    @Message("错误报告") String report();
    @Message("没有出错的行。") String no_errors();
    @Message("下载错误报告（CSV）") String download_csv();
    @Message("行号") String row();
    @Message("列") String column();
    @Message("字段") String field();
    @Message("错误") String error_message();
    @Message("第 {row} 行") String row_no(int row);
    @Message("查看我的发布") String see_mine();
    @Message("再导入一个文件") String again();
    @Message("导入") String sheet_data();
    @Message("说明") String sheet_columns();
    @Message("行业") String sheet_industries();
    @Message("地区") String sheet_regions();
    @Message("列名") String col_header();
    @Message("英文列名") String col_alias();
    @Message("必填") String col_required();
    @Message("格式与可选值") String col_format();
    @Message("是") String yes();
    @Message("代码") String code();
    @Message("名称") String name();
}
