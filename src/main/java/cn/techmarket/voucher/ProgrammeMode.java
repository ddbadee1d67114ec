package cn.techmarket.voucher;

/** ADVANCE: the face value is committed at issue. POST_SUBSIDY 后补助: only the reserved subsidy is committed. */
public enum ProgrammeMode {
    ADVANCE, POST_SUBSIDY
}
