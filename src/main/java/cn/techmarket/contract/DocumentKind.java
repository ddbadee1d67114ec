package cn.techmarket.contract;

public enum DocumentKind {
    CONTRACT_TEXT, IP_PROOF, SUPPLEMENT, OTHER
}
