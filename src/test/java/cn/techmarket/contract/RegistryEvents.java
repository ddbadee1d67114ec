package cn.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the statistics in tests: remembers every registry change it is told of. */
@ApplicationScoped
public class RegistryEvents {
    private final List<ContractRegistryChanged> seen = new CopyOnWriteArrayList<>();

    public List<ContractRegistryChanged> seen() {
        return seen;
    }

    void on(@Observes ContractRegistryChanged changed) {
        seen.add(changed);
    }
}
