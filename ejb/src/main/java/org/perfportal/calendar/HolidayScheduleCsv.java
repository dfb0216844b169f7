package org.perfportal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.perfportal.shared.InvalidFieldException;

/**
 * Reads the holiday schedule (节假日安排) in its editable CSV form: UTF-8, one date a row,
 * columns {@code date,kind,name,source}, {@code #} comment lines and one header line. Kept
 * apart from {@link BusinessCalendar} so that the operator-edited database copy can feed the
 * same calendar later without touching the day counting.
 */
public final class HolidayScheduleCsv {

    /** Class-path location of the official PRC schedule. */
    public static final String CHINA_OFFICIAL = "/calendar/cn-holidays.csv";

    private static final String HEADER = "date,kind,name,source";

    private HolidayScheduleCsv() {
    }

    public static List<CalendarEntry> readResource(String path) {
        InputStream in = HolidayScheduleCsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("holiday schedule " + path + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday schedule " + path, e);
        }
    }

    public static List<CalendarEntry> read(Reader source) throws IOException {
        List<CalendarEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                continue;
            }
            entries.add(parse(text, number));
        }
        return entries;
    }

    /**
     * The data rows of a CSV an operator sent, unchecked (see {@link CalendarYearCheck}), each with
     * its line number; a row with the wrong number of cells is refused as {@code rows[i]}.
     */
    public static List<CalendarRow> readRows(String csv) {
        List<CalendarRow> rows = new ArrayList<>();
        String[] lines = csv.split("\\r?\\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String text = lines[number - 1].strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length != 4) {
                throw new InvalidFieldException("rows[" + rows.size() + "]", "line " + number + ": expected the columns "
                        + HEADER + ", got: " + text);
            }
            rows.add(new CalendarRow(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), number));
        }
        return rows;
    }

    /** The CSV form of stored entries, as {@link #readRows} reads it back. */
    public static String write(List<CalendarEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CalendarEntry e : entries) {
            csv.append(e.date()).append(',').append(e.kind()).append(',').append(e.name()).append(',').append(e.source())
                    .append('\n');
        }
        return csv.toString();
    }

    private static CalendarEntry parse(String text, int number) {
        String[] cells = text.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("holiday schedule line " + number + ": expected " + HEADER + ", got: " + text);
        }
        try {
            return new CalendarEntry(LocalDate.parse(cells[0].strip()), CalendarDayKind.valueOf(cells[1].strip()),
                    cells[2].strip(), cells[3].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("holiday schedule line " + number + ": " + e.getMessage(), e);
        }
    }
}
