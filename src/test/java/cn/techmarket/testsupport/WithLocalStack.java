package cn.techmarket.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the local stack once for the whole test suite (QuarkusTestResource applies to every @QuarkusTest). */
@QuarkusTestResource(LocalStackResource.class)
public final class WithLocalStack {
    private WithLocalStack() {
    }
}
