package cn.techmarket.contract;

/** 技术进出口: an import is registered by the domestic buyer, everything else by the seller. */
public enum TradeFlag {
    DOMESTIC, IMPORT, EXPORT
}
