package cn.techmarket.broker;

/** 初始培训 (the qualifying course), 继续教育 (continuing education), 能力评价/证书 (an evaluation or certificate). */
public enum TrainingKind {
    INITIAL, CONTINUING, CERTIFICATION
}
