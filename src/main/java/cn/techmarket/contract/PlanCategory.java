package cn.techmarket.contract;

/** 政府计划类别: which government science plan, if any, the contract's work belongs to. */
public enum PlanCategory {
    NATIONAL, PROVINCIAL, MUNICIPAL, OTHER, NONE
}
