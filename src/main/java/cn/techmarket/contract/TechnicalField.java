package cn.techmarket.contract;

/** 技术领域 of the national technology-market statistics. */
public enum TechnicalField {
    ELECTRONIC_INFO, AEROSPACE, ADVANCED_MANUFACTURING, BIOMEDICINE, NEW_MATERIALS, NEW_ENERGY, ENVIRONMENT,
    NUCLEAR, AGRICULTURE, MODERN_TRANSPORT, URBAN_SOCIAL
}
