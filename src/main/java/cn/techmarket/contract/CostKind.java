package cn.techmarket.contract;

/** 非技术性费用: what the 技术交易额 leaves out. */
public enum CostKind {
    EQUIPMENT, INSTRUMENT, PARTS, RAW_MATERIAL, OTHER
}
