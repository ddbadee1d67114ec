package cn.techmarket.contract;

/** 知识产权类型 of the contract's subject. */
public enum IpType {
    PATENT_INVENTION, PATENT_UTILITY, PATENT_DESIGN, TECHNICAL_SECRET, SOFTWARE_COPYRIGHT, IC_LAYOUT,
    PLANT_VARIETY, BIOMEDICAL_VARIETY, OTHER, NONE
}
