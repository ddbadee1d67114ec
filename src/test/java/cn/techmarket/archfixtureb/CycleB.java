package cn.techmarket.archfixtureb;

/** ArchitectureTest fixture: the other half of the cycle. */
public class CycleB {
    cn.techmarket.archfixture.CycleA other;
}
