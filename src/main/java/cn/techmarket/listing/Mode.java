package cn.techmarket.listing;

/** Cooperation (need) and transfer (result) modes: 技术转让, 技术许可, 委托开发, 合作开发, 技术咨询, 技术服务, 技术入股. */
public enum Mode {
    TRANSFER, LICENSE, COMMISSIONED_DEV, JOINT_DEV, CONSULTING, SERVICE, EQUITY
}
