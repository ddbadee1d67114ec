package cn.techmarket.stats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepsTest {
    private static Steps.Row row(long id, int rev, String day, boolean cancelled, String total, String tech) {
        return new Steps.Row(id, rev, LocalDate.parse(day), cancelled, new BigDecimal(total), new BigDecimal(tech));
    }

    @Test
    void a_registration_a_change_and_a_cancellation_are_booked_as_differences_on_their_effective_dates() {
        List<Steps.Step> steps = Steps.of(List.of(
                row(1, 0, "2022-01-10", false, "100.00", "80.00"),
                row(2, 1, "2022-03-01", false, "150.00", "90.00"),
                row(3, 2, "2022-05-01", true, "0.00", "0.00")));
        assertThat(steps).extracting(s -> s.effectiveOn() + " " + s.count() + " " + s.total() + " " + s.tech())
                .containsExactly("2022-01-10 1 100.00 80.00", "2022-03-01 0 50.00 10.00", "2022-05-01 -1 -150.00 -90.00");
    }

    @Test
    void rows_are_ordered_by_effective_date_then_revision_whatever_order_they_were_recorded_in() {
        List<Steps.Step> steps = Steps.of(List.of(
                row(2, 1, "2022-02-01", false, "300.00", "300.00"),
                row(1, 0, "2022-01-01", false, "100.00", "100.00"),
                row(3, 2, "2022-01-15", false, "200.00", "200.00")));
        assertThat(steps).extracting(s -> s.effectiveOn() + " " + s.total())
                .containsExactly("2022-01-01 100.00", "2022-01-15 100.00", "2022-02-01 100.00");
    }
}
