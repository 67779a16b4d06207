package org.sitrep.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Publication dates as articles give them, normalized to YYYY-MM-DD, YYYY-MM or YYYY. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "(?m)^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*$");

    private Dates() {
    }

    /** Normalizes a header date ("2024-03-14", "2024-03-14T10:00+01:00", "14.03.2024", "2024-03"). */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher dmy = DMY.matcher(s);
        if (dmy.matches()) {
            return valid(dmy.group(3), two(dmy.group(2)), two(dmy.group(1)));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            return valid(iso.group(1), iso.group(2), iso.group(3));
        }
        return null;
    }

    /** The first timestamp that stands alone on a furniture line of scraped text. */
    static String firstTimestamp(String text, List<Span> furniture) {
        Matcher m = TIMESTAMP_LINE.matcher(text);
        while (m.find()) {
            if (Furniture.covers(furniture, m.start(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String two(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static String valid(String year, String month, String day) {
        if (month == null) {
            return year;
        }
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return year;
        }
        if (day == null) {
            return year + "-" + month;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException e) {
            return year + "-" + month;
        }
    }
}
