package cn.techmarket.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the contract feature in tests: remembers every hand-over it is given. */
@ApplicationScoped
public class SignedDeals {
    private final List<DealSigned> seen = new CopyOnWriteArrayList<>();

    /** A method, not the field: the injected bean is a client proxy. */
    public List<DealSigned> seen() {
        return seen;
    }

    void on(@Observes DealSigned signed) {
        seen.add(signed);
    }
}
