package cn.techmarket.contract;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The contract pages' texts ({ctr:…} in templates). Chinese here; English in messages/ctr_en.properties. */
@MessageBundle(value = "ctr", locale = "zh-CN")
public interface ContractMessages {
    @Message("技术合同登记") String nav_contracts();
    @Message("登记审核") String nav_queue();
    @Message("我的技术合同") String mine_title();
    @Message("登记审核队列") String queue_title();
    @Message("新建合同") String new_contract();
    @Message("编辑合同") String edit_contract();
    @Message("暂无合同。") String none();
    @Message("""
            {#when s}{#is 'DRAFT'}草稿{#is 'SUBMITTED'}待审核{#is 'SUPPLEMENT_REQUESTED'}待补正{#is 'EXPERT_REVIEW'}专家评审\
            {#is 'REGISTERED'}已登记{#is 'REFUSED'}不予登记{#is 'CANCELLED'}已注销{/when}""")
    String status(String s);
    @Message("""
            {#when c}{#is 'DEVELOPMENT'}技术开发{#is 'TRANSFER'}技术转让{#is 'LICENSE'}技术许可{#is 'CONSULTING'}技术咨询\
            {#is 'SERVICE'}技术服务{/when}""")
    String contract_class(String c);
    @Message("""
            {#when t}{#is 'DEV_COMMISSIONED'}技术开发·委托开发{#is 'DEV_COOPERATIVE'}技术开发·合作开发\
            {#is 'TRANSFER_PATENT'}技术转让·专利权{#is 'TRANSFER_PATENT_APPLICATION'}技术转让·专利申请权\
            {#is 'TRANSFER_TECHNICAL_SECRET'}技术转让·技术秘密{#is 'TRANSFER_OTHER_IP'}技术转让·其他知识产权\
            {#is 'TRANSFER_EQUITY'}技术转让·技术入股{#is 'LICENSE_PATENT'}技术许可·专利实施许可\
            {#is 'LICENSE_TECHNICAL_SECRET'}技术许可·技术秘密许可{#is 'LICENSE_OTHER_IP'}技术许可·其他知识产权许可\
            {#is 'CONSULTING_FEASIBILITY'}技术咨询·可行性论证{#is 'CONSULTING_EVALUATION'}技术咨询·评价评估\
            {#is 'CONSULTING_OTHER'}技术咨询·其他{#is 'SERVICE_GENERAL'}技术服务·一般技术服务\
            {#is 'SERVICE_TRAINING'}技术服务·技术培训{#is 'SERVICE_INTERMEDIARY'}技术服务·技术中介{/when}""")
    String sub_type(String t);
    @Message("{#when t}{#is 'ENTERPRISE'}企业法人{#is 'RESEARCH_INSTITUTE'}科研机构{#is 'UNIVERSITY'}高等院校{#is 'OTHER'}其他{/when}")
    String subject_type(String t);
    @Message("""
            {#when f}{#is 'ELECTRONIC_INFO'}电子信息{#is 'AEROSPACE'}航空航天{#is 'ADVANCED_MANUFACTURING'}先进制造\
            {#is 'BIOMEDICINE'}生物医药和医疗器械{#is 'NEW_MATERIALS'}新材料及其应用{#is 'NEW_ENERGY'}新能源与高效节能\
            {#is 'ENVIRONMENT'}环境保护与资源综合利用{#is 'NUCLEAR'}核应用{#is 'AGRICULTURE'}农业\
            {#is 'MODERN_TRANSPORT'}现代交通{#is 'URBAN_SOCIAL'}城市建设与社会发展{/when}""")
    String field(String f);
    @Message("""
            {#when t}{#is 'PATENT_INVENTION'}发明专利{#is 'PATENT_UTILITY'}实用新型专利{#is 'PATENT_DESIGN'}外观设计专利\
            {#is 'TECHNICAL_SECRET'}技术秘密{#is 'SOFTWARE_COPYRIGHT'}计算机软件著作权{#is 'IC_LAYOUT'}集成电路布图设计\
            {#is 'PLANT_VARIETY'}植物新品种{#is 'BIOMEDICAL_VARIETY'}生物医药新品种{#is 'OTHER'}其他{#is 'NONE'}无{/when}""")
    String ip_type(String t);
    @Message("{#when p}{#is 'NATIONAL'}国家计划{#is 'PROVINCIAL'}省级计划{#is 'MUNICIPAL'}市级计划{#is 'OTHER'}其他计划{#is 'NONE'}非计划{/when}")
    String plan(String p);
    @Message("{#when f}{#is 'DOMESTIC'}境内{#is 'IMPORT'}技术进口{#is 'EXPORT'}技术出口{/when}")
    String flag(String f);
    @Message("{#when k}{#is 'EQUIPMENT'}设备{#is 'INSTRUMENT'}仪器{#is 'PARTS'}零部件{#is 'RAW_MATERIAL'}原材料{#is 'OTHER'}其他{/when}")
    String cost_kind(String k);
    @Message("{#when k}{#is 'CONTRACT_TEXT'}合同文本{#is 'IP_PROOF'}知识产权证明{#is 'SUPPLEMENT'}补正材料{#is 'OTHER'}其他{/when}")
    String document_kind(String k);
    @Message("{#when k}{#is 'REGISTERED'}登记{#is 'CHANGED'}变更登记{#is 'CANCELLED'}注销登记{/when}")
    String revision_kind(String k);
    @Message("合同名称") String title();
    @Message("合同类别") String sub_type_label();
    @Message("卖方（技术输出方）") String seller();
    @Message("买方（技术吸纳方）") String buyer();
    @Message("名称") String party_name();
    @Message("统一社会信用代码") String credit_code();
    @Message("所在地区代码（GB/T 2260）") String region();
    @Message("国别（ISO 代码）") String country();
    @Message("主体类型") String subject_type_label();
    @Message("签订日期") String signed_on();
    @Message("合同有效期") String term();
    @Message("技术领域") String field_label();
    @Message("知识产权类型") String ip_type_label();
    @Message("政府计划类别") String plan_label();
    @Message("技术进出口") String flag_label();
    @Message("预计新增投资额（元，技术转让必填）") String expected_investment();
    @Message("预计新增产值（元，技术转让必填）") String expected_output();
    @Message("合同成交额（元）") String total_amount();
    @Message("非技术性费用（元）") String non_technical();
    @Message("技术交易额（元）") String tech_amount();
    @Message("非技术性费用明细") String cost_lines();
    @Message("费用类型") String cost_kind_label();
    @Message("说明") String description();
    @Message("金额（元）") String amount();
    @Message("登记单位") String owner_org();
    @Message("保存") String save();
    @Message("编辑") String edit();
    @Message("提交登记") String submit();
    @Message("登记点") String point();
    @Message("登记编号") String registration_no();
    @Message("登记日期") String registered_on();
    @Message("提交日期") String submitted_on();
    @Message("办理期限") String deadline();
    @Message("已超期") String overdue();
    @Message("补正要求") String supplement_note();
    @Message("不予登记理由") String refusal_reason();
    @Message("合同材料") String documents();
    @Message("上传") String upload();
    @Message("材料类型") String document_kind_label();
    @Message("文件（PDF、JPEG、PNG，不超过 10 MB）") String file();
    @Message("登记金额变更记录") String history();
    @Message("生效日期") String effective_on();
    @Message("原因") String reason();
    @Message("审核操作") String review();
    @Message("要求补正") String do_supplement();
    @Message("转专家评审") String do_expert_review();
    @Message("予以登记") String do_register();
    @Message("不予登记") String do_refuse();
    @Message("注销登记") String do_cancel();
    @Message("变更登记") String change_title();
    @Message("新的成交额和非技术性费用自生效日起计入统计，原金额保留在下方的变更记录中。") String change_hint();
    @Message("登记变更") String do_change();
    @Message("登记证明") String certificate();
    @Message("技术合同认定登记证明") String certificate_title();
    @Message("经审查，该合同符合技术合同认定登记条件，予以登记。") String certificate_text();
    @Message("打印") String print();
    @Message("登记机构") String registry();
}
