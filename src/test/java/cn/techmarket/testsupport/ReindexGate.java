package cn.techmarket.testsupport;

import cn.techmarket.listing.ListingKind;
import cn.techmarket.search.ReindexPageCopied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Holds a rebuild between two pages, so a test can write while it is provably still running (instead of hoping a
 * big enough corpus keeps it busy). Unarmed it does nothing; an armed hold never lasts more than two minutes, so a
 * failed test cannot leave the application's rebuild stuck.
 */
@ApplicationScoped
public class ReindexGate {
    private volatile Hold hold;

    private record Hold(ListingKind kind, long throughId, CountDownLatch held, CountDownLatch released) {
    }

    /** The next rebuild of this kind stops after the page that copies listing {@code throughId}. */
    public void arm(ListingKind kind, long throughId) {
        hold = new Hold(kind, throughId, new CountDownLatch(1), new CountDownLatch(1));
    }

    public void awaitHeld(Duration timeout) {
        await(current().held, timeout, "the rebuild did not reach the armed page");
    }

    public void release() {
        Hold h = hold;
        hold = null;
        if (h != null) {
            h.released.countDown();
        }
    }

    void on(@Observes ReindexPageCopied page) throws InterruptedException {
        Hold h = hold;
        if (h != null && h.kind == page.kind() && page.lastId() >= h.throughId && h.held.getCount() > 0) {
            h.held.countDown();
            h.released.await(2, TimeUnit.MINUTES);
        }
    }

    private Hold current() {
        Hold h = hold;
        if (h == null) {
            throw new IllegalStateException("the gate is not armed");
        }
        return h;
    }

    private static void await(CountDownLatch latch, Duration timeout, String failure) {
        try {
            if (!latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail(failure + " in " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting: " + failure, e);
        }
    }
}
