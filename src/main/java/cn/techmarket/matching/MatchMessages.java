package cn.techmarket.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the matching pages ({mat:…}); English in messages/mat_en.properties. */
@MessageBundle(value = "mat", locale = "zh-CN")
public interface MatchMessages {
    @Message("{#when k}{#is 'NEED'}推荐科技成果{#is 'RESULT'}推荐技术需求{/when}") String title(String k);
    @Message("暂时没有合适的推荐。") String none();
    @Message("匹配度") String score();
    @Message("匹配理由") String why();
    @Message("共同关键词") String shared_words();
    @Message("查看全部推荐") String all();
    @Message("""
            {#when f}{#is 'industry'}行业{#is 'maturity'}成熟度{#is 'price'}价格/预算{#is 'modes'}合作方式\
            {#is 'region'}地域{#is 'rights'}权属{/when}""")
    String factor(String f);
    @Message("未填") String unknown();
    @Message("注意：不满足经纪人视为必须的条件：") String blocked();
    @Message("推荐如何计算") String how();
    @Message("""
            先按文字（中文分词的关键词）和语义（中文句向量）分别检索，再以倒数排名融合；然后与结构化匹配度加权：\
            行业、成熟度与需求的 TRL、价格与预算、合作方式、地域（含成德眉资等区域协同）、权属是否确认。\
            每条推荐列出各项得分和共同关键词。""")
    String how_text();
}
