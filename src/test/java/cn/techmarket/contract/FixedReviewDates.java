package cn.techmarket.contract;

import java.time.LocalDate;

/** Puts the registration workflow on a chosen day of the official calendar (installed with QuarkusMock). */
class FixedReviewDates extends ReviewDates {
    LocalDate day;

    FixedReviewDates(String day) {
        this.day = LocalDate.parse(day);
    }

    @Override
    public LocalDate today() {
        return day;
    }
}
