package cn.techmarket.common;

/** ArchitectureTest fixture: a shared layer that uses a feature (any feature: the rule names none). */
public class ArchFixtureUsingAFeature {
    cn.techmarket.archfixture.CycleA feature;
}
