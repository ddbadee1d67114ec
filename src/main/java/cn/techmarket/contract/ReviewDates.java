package cn.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date for the registration workflow. Its own bean so that tests can put a submission on a chosen day of
 * the official calendar (QuarkusMock) without moving the clock of every other feature.
 */
@ApplicationScoped
public class ReviewDates {
    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
