package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * When a statement was made, as the article dates it: a weekday ("mardi", "vendredi
 * dernier") is the latest such day on or before publication; a day and month ("le 2 février")
 * takes the publication year. Without either, the publication date itself.
 */
final class RelativeDates {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY,
            "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY,
            "vendredi", DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY,
            "dimanche", DayOfWeek.SUNDAY);

    private static final List<String> MONTHS = List.of(
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre");

    private RelativeDates() {
    }

    /**
     * The date of a statement.
     *
     * @param published the article's publication date (YYYY-MM-DD, YYYY-MM, YYYY) or null
     * @param words     the normalized words around the reporting verb, outside the claim
     */
    static String resolve(String published, List<String> words) {
        LocalDate day = fullDay(published);
        if (day == null) {
            return published;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            int month = MONTHS.indexOf(words.get(i + 1));
            if (month >= 0 && words.get(i).matches("\\d{1,2}")) {
                int d = Integer.parseInt(words.get(i));
                try {
                    LocalDate date = LocalDate.of(day.getYear(), month + 1, d);
                    return (date.isAfter(day) ? date.minusYears(1) : date).toString();
                } catch (java.time.DateTimeException e) {
                    return published;
                }
            }
        }
        for (String w : words) {
            DayOfWeek dow = WEEKDAYS.get(w);
            if (dow != null) {
                LocalDate d = day;
                while (d.getDayOfWeek() != dow) {
                    d = d.minusDays(1);
                }
                return d.toString();
            }
        }
        return published;
    }

    /** True for a weekday name, normalized ("mardi"). */
    static boolean isWeekday(String norm) {
        return WEEKDAYS.containsKey(norm);
    }

    /** True for a month name, normalized ("fevrier"). */
    static boolean isMonth(String norm) {
        return MONTHS.contains(norm);
    }

    private static LocalDate fullDay(String published) {
        if (published == null || published.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
