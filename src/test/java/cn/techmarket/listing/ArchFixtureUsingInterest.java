package cn.techmarket.listing;

/** ArchitectureTest fixture: knows of expressions of interest, which it must not. */
public class ArchFixtureUsingInterest {
    cn.techmarket.interest.InterestStatus status;
}
