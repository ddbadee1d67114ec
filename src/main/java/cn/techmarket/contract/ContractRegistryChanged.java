package cn.techmarket.contract;

/**
 * Fired synchronously, inside the registering transaction, whenever a contract's registered amounts change: at
 * registration, at each 变更登记 and at 注销登记. {@code historyId} is the contract_amount_history row just appended, so an
 * observer can keep its own summary rows exact in the same transaction.
 */
public record ContractRegistryChanged(long contractId, long historyId) {
}
