package cn.techmarket.org;

/** Official designations an organization holds (高新技术企业, 科技型中小企业 …), shown as badges and used in filters. */
public enum Designation {
    HIGH_TECH_ENTERPRISE, TECH_SME, SPECIALIZED_SME, GAZELLE, LISTED, NATIONAL_TT_INSTITUTION, KEY_LAB
}
