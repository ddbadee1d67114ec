package cn.techmarket.contract;

/**
 * 合同类别 down to the sub-type. 技术入股 registers as a transfer; 技术培训 and 技术中介 are special kinds of service.
 */
public enum ContractSubType {
    DEV_COMMISSIONED(ContractClass.DEVELOPMENT), DEV_COOPERATIVE(ContractClass.DEVELOPMENT),
    TRANSFER_PATENT(ContractClass.TRANSFER), TRANSFER_PATENT_APPLICATION(ContractClass.TRANSFER),
    TRANSFER_TECHNICAL_SECRET(ContractClass.TRANSFER), TRANSFER_OTHER_IP(ContractClass.TRANSFER),
    TRANSFER_EQUITY(ContractClass.TRANSFER),
    LICENSE_PATENT(ContractClass.LICENSE), LICENSE_TECHNICAL_SECRET(ContractClass.LICENSE),
    LICENSE_OTHER_IP(ContractClass.LICENSE),
    CONSULTING_FEASIBILITY(ContractClass.CONSULTING), CONSULTING_EVALUATION(ContractClass.CONSULTING),
    CONSULTING_OTHER(ContractClass.CONSULTING),
    SERVICE_GENERAL(ContractClass.SERVICE), SERVICE_TRAINING(ContractClass.SERVICE),
    SERVICE_INTERMEDIARY(ContractClass.SERVICE);

    public final ContractClass contractClass;

    ContractSubType(ContractClass contractClass) {
        this.contractClass = contractClass;
    }
}
