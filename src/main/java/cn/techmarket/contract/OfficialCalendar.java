package cn.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days on China's official calendar (official_calendar_day): Monday to Friday, except HOLIDAY rows, plus
 * the 调休 weekend days (WORKDAY rows).
 */
@ApplicationScoped
public class OfficialCalendar {
    @Inject
    EntityManager em;

    /** The n-th working day after {@code start} (the start day itself does not count). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        // n working days never span more than 2n + 30 calendar days, even with the Spring Festival in between
        LocalDate until = start.plusDays(2L * n + 30);
        Map<LocalDate, String> special = kinds(start, until);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, special)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day, Map<LocalDate, String> special) {
        String kind = special.get(day);
        if (kind != null) {
            return kind.equals("WORKDAY");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @SuppressWarnings("unchecked")
    private Map<LocalDate, String> kinds(LocalDate from, LocalDate until) {
        List<Object[]> rows = em.createNativeQuery(
                        "select day, kind from official_calendar_day where day > ?1 and day <= ?2")
                .setParameter(1, from).setParameter(2, until).getResultList();
        Map<LocalDate, String> kinds = new HashMap<>();
        for (Object[] row : rows) {
            Object day = row[0];
            kinds.put(day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day, (String) row[1]);
        }
        return kinds;
    }
}
