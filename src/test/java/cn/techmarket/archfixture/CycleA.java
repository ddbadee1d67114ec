package cn.techmarket.archfixture;

/** ArchitectureTest fixture: half of a cycle between two packages (with archfixtureb.CycleB). */
public class CycleA {
    cn.techmarket.archfixtureb.CycleB other;
}
