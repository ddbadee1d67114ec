package cn.techmarket.org;

/** Whether the platform operator has checked the organization's identity. */
public enum Verification {
    PENDING, VERIFIED, REJECTED
}
