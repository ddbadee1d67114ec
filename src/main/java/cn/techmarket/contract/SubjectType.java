package cn.techmarket.contract;

import cn.techmarket.org.OrganizationType;

/** 交易主体类型 as the national statistics slice it. */
public enum SubjectType {
    ENTERPRISE, RESEARCH_INSTITUTE, UNIVERSITY, OTHER;

    static SubjectType of(OrganizationType type) {
        return switch (type) {
            case ENTERPRISE -> ENTERPRISE;
            case RESEARCH_INSTITUTE -> RESEARCH_INSTITUTE;
            case UNIVERSITY -> UNIVERSITY;
            default -> OTHER;
        };
    }
}
