package cn.techmarket.broker;

/** 初级 / 中级 / 高级 技术经理人, the capability levels of T/CASTEM 1007—2022 《技术经理人能力评价规范》. */
public enum BrokerLevel {
    JUNIOR, INTERMEDIATE, SENIOR
}
