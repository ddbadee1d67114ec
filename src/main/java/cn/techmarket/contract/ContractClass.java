package cn.techmarket.contract;

/** The five classes of the 认定登记规则; the sub-type says which kind within the class ({@link ContractSubType}). */
public enum ContractClass {
    DEVELOPMENT, TRANSFER, LICENSE, CONSULTING, SERVICE;

    /** Transfers and licences need proof of the IP they convey (认定规则: clear ownership). */
    public boolean needsIpProof() {
        return this == TRANSFER || this == LICENSE;
    }
}
