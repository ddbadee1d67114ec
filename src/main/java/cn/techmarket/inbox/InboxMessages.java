package cn.techmarket.inbox;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the engagement features: inbox, expressions of interest, subscriptions ({itr:…} in templates). Chinese
 * here; English in messages/itr_en.properties.
 */
@MessageBundle(value = "itr", locale = "zh-CN")
public interface InboxMessages {
    @Message("技术转移交易平台") String app_name();
    @Message("消息") String nav_inbox();
    @Message("我的订阅") String nav_subscriptions();
    @Message("我的意向") String nav_interests();
    @Message("""
            {#when k}{#is 'INTEREST_RECEIVED'}收到新的合作意向{#is 'INTEREST_ACCEPTED'}您的合作意向已被接受\
            {#is 'INTEREST_DECLINED'}您的合作意向未被接受{#is 'INTEREST_WITHDRAWN'}对方撤回了合作意向\
            {#is 'SAVED_SEARCH'}保存的搜索有新结果{#is 'FOLLOWED_NEED'}关注的需求有新匹配成果{#is 'CLAIM_RELEASED'}您认领的需求已撤回或到期，认领已释放{/when}""")
    String kind(String k);
    @Message("消息") String inbox_title();
    @Message("暂无消息。保存搜索或关注需求后，新发布的匹配内容会出现在这里，并同时发送邮件。") String inbox_empty();
    @Message("只看未读") String unread_only();
    @Message("全部") String all();
    @Message("标为已读") String mark_read();
    @Message("全部标为已读") String mark_all_read();
    @Message("{count} 条未读") String unread_count(long count);
    @Message("查看") String open();
    @Message("此邮件由系统自动发送，请勿直接回复。可在“我的订阅”中暂停或删除订阅。") String mail_footer();

    @Message("表达合作意向") String express();
    @Message("以 {org} 的名义表达意向") String interest_as(String org);
    @Message("代表机构") String interest_org();
    @Message("意向说明（您希望如何合作、时间与预算等，最多 2000 字）") String interest_message();
    @Message("联系电话（对方接受后可见）") String interest_phone();
    @Message("发布方接受后，双方可以看到彼此的联系方式；发布方婉拒时会说明原因。") String interest_hint();
    @Message("表达意向需加入一家已认证的机构。") String interest_needs_verified();
    @Message("登录并加入已认证机构后，可以表达合作意向。") String interest_sign_in();
    @Message("收到的意向") String interests_received();
    @Message("待处理 {open} 条，共 {total} 条。") String received_counts(long open, long total);
    @Message("处理意向") String manage_interests();
    @Message("还没有收到意向。") String received_empty();
    @Message("您的机构还没有表达过意向。") String mine_empty();
    @Message("{#when s}{#is 'OPEN'}待处理{#is 'ACCEPTED'}已接受{#is 'DECLINED'}已婉拒{#is 'WITHDRAWN'}已撤回{/when}") String status(String s);
    @Message("""
            {#when r}{#is 'TOO_EARLY'}时机太早{#is 'PRICE'}价格不合适{#is 'IP'}知识产权问题{#is 'FIT'}需求不匹配\
            {#is 'CAPACITY'}暂无承接能力{#is 'OTHER'}其他原因{/when}""")
    String reason(String r);
    @Message("婉拒原因（婉拒时必选）") String decline_reason();
    @Message("说明（选“其他原因”时必填）") String decision_note();
    @Message("接受") String accept();
    @Message("婉拒") String decline();
    @Message("接受后，对方可以看到本发布的联系方式，您也可以看到对方的联系人。") String accept_hint();
    @Message("撤回意向") String withdraw();
    @Message("联系人") String party_name();
    @Message("联系电话") String party_phone();
    @Message("电子邮箱") String party_email();
    @Message("网站") String party_website();

    @Message("保存此搜索") String save_search();
    @Message("名称") String search_name();
    @Message("有新发布的内容符合此搜索时，会通知到“消息”并发送邮件。") String save_search_hint();
    @Message("已保存此搜索。") String search_saved();
    @Message("保存的搜索") String saved_searches();
    @Message("还没有保存的搜索。在搜索结果页点击“保存此搜索”。") String no_searches();
    @Message("关注的需求") String followed_needs();
    @Message("还没有关注的需求。") String no_follows();
    @Message("已暂停") String paused();
    @Message("暂停") String pause();
    @Message("恢复") String resume();
    @Message("删除") String delete();
    @Message("关注") String follow();
    @Message("已关注") String following();
    @Message("关注此需求：有匹配的新成果发布时，会通知您。") String follow_hint();
    @Message("合作意向已发送。发布方接受后，双方可以看到彼此的联系方式；结果会发到您的消息中心。") String interest_sent();
}
