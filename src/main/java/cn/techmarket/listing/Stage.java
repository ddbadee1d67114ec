package cn.techmarket.listing;

/** Maturity stage 小试 / 中试 / 熟化 / 工程化 / 产业化, with the TRL range each one implies. */
public enum Stage {
    LAB(1, 4), PILOT(4, 6), MATURATION(5, 7), ENGINEERING(6, 8), INDUSTRIAL(8, 9);

    public final int minTrl;
    public final int maxTrl;

    Stage(int minTrl, int maxTrl) {
        this.minTrl = minTrl;
        this.maxTrl = maxTrl;
    }

    public boolean allows(int trl) {
        return trl >= minTrl && trl <= maxTrl;
    }
}
