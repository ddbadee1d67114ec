package cn.techmarket.broker;

/** Why a deal ended without a contract (终止原因); OTHER needs a note. */
public enum TerminationReason {
    NO_SUITABLE_RESULT, PRICE_GAP, IP_RISK, TECHNICAL_INFEASIBLE, PARTY_WITHDREW, NEED_CLOSED, OTHER
}
