package cn.techmarket.interest;

/** Why an owner declines: 太早, 价格, 知识产权, 不匹配, 无力承接, 其他 (OTHER needs a note). */
public enum DeclineReason {
    TOO_EARLY, PRICE, IP, FIT, CAPACITY, OTHER
}
