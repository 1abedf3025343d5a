package org.passhygiene.rotation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passhygiene.output.TerminalText;

/**
 * A small, tolerant reader of term dates from an iCalendar file: only {@code VEVENT}s with {@code SUMMARY},
 * {@code DTSTART} and {@code DTEND} are read; everything else is skipped. Bounded: the file is at most
 * {@value #MAX_BYTES} bytes (a council feed of many years with every INSET day and bank holiday fits), a line, also
 * after unfolding, at most {@value #MAX_LINE_CHARS} characters, at most {@value #MAX_EVENTS} events and
 * {@link TermListBuilder#MAX_TERMS} terms and half-terms. Time is linear in the file size.
 */
final class IcsCalendarReader {
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_LINE_CHARS = 16 * 1024;
    static final int MAX_EVENTS = 100_000;

    private static final Pattern SEASON = Pattern.compile("\\b(autumn|spring|summer)\\b");
    private static final Pattern HALF_TERM = Pattern.compile("\\bhalf[ -]?term\\b");
    private static final Pattern STARTS = Pattern.compile("\\b(starts?|begins?|first day)\\b");
    private static final Pattern ENDS = Pattern.compile("\\b(ends?|finish(es)?|last day)\\b");
    private static final Pattern ICS_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(T(\\d{6})Z?)?");

    /** A logical (unfolded) line and the physical line it starts on. */
    private record Line(int number, String text) {
    }

    private record Event(int line, String summary, LocalDate start, LocalDate endInclusive) {
    }

    /** The .ics format: {@link CalendarText.Format#read} a file, {@link CalendarText.Format#parse} a text. */
    static final CalendarText.Format FORMAT = new CalendarText.Format(MAX_BYTES, MAX_LINE_CHARS, (file, text) -> {
        IcsCalendarReader reader = new IcsCalendarReader(file);
        return reader.terms(reader.unfold(text));
    });

    private final String file;

    private IcsCalendarReader(String file) {
        this.file = file;
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private List<Line> unfold(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r\n|\n|\r", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (!p.isEmpty() && (p.charAt(0) == ' ' || p.charAt(0) == '\t') && current != null) {
                if (current.length() + p.length() - 1 > MAX_LINE_CHARS) {
                    throw error(start, "line longer than " + MAX_LINE_CHARS + " characters after unfolding");
                }
                current.append(p, 1, p.length());
                continue;
            }
            if (current != null) {
                lines.add(new Line(start, current.toString()));
            }
            current = new StringBuilder(p);
            start = i + 1;
        }
        if (current != null && current.length() > 0) {
            lines.add(new Line(start, current.toString()));
        }
        return lines;
    }

    private List<Term> terms(List<Line> lines) {
        if (lines.stream().noneMatch(l -> l.text().trim().equalsIgnoreCase("BEGIN:VCALENDAR"))) {
            throw new CalendarException(file + ":1: not an iCalendar file: BEGIN:VCALENDAR is missing");
        }
        List<Event> events = events(lines);
        List<Event> halfTerms = new ArrayList<>();
        Map<String, Event> openStarts = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Event e : events) {
            String s = e.summary().toLowerCase(Locale.ROOT);
            if (HALF_TERM.matcher(s).find()) {
                if (halfTerms.size() >= TermListBuilder.MAX_TERMS) {
                    throw error(e.line(), "more than " + TermListBuilder.MAX_TERMS + " half-terms");
                }
                halfTerms.add(e);
                continue;
            }
            Matcher season = SEASON.matcher(s);
            if (!s.contains("term") || !season.find()) {
                continue; // INSET day, bank holiday, ...
            }
            String key = season.group(1);
            if (STARTS.matcher(s).find()) {
                Event earlier = openStarts.put(key, e);
                if (earlier != null) {
                    throw error(e.line(), "SUMMARY=" + esc(e.summary()) + ": a second start of the " + key
                            + " term before the end of the one at line " + earlier.line());
                }
            } else if (ENDS.matcher(s).find()) {
                Event start = openStarts.remove(key);
                if (start == null) {
                    throw error(e.line(), "SUMMARY=" + esc(e.summary()) + ": end of the " + key
                            + " term without an earlier start event");
                }
                if (e.endInclusive().isBefore(start.start())) {
                    throw error(e.line(), "SUMMARY=" + esc(e.summary()) + ": ends on " + e.endInclusive()
                            + ", before the term starts on " + start.start() + " (line " + start.line() + ")");
                }
                add(terms, places, term(key, start.start(), e.endInclusive()), start.line());
            } else {
                add(terms, places, term(key, e.start(), e.endInclusive()), e.line());
            }
        }
        for (Event open : openStarts.values()) {
            throw error(open.line(), "SUMMARY=" + esc(open.summary()) + ": no matching term end event");
        }
        if (terms.isEmpty()) {
            throw new CalendarException(file + ": no term found: a VEVENT's SUMMARY must name the autumn, spring or"
                    + " summer term");
        }
        for (Event h : halfTerms) {
            int i = indexContaining(terms, h);
            if (i < 0) {
                throw error(h.line(), "SUMMARY=" + esc(h.summary()) + ": half-term " + h.start() + ".." + h.endInclusive()
                        + " is not inside any term");
            }
            Term t = terms.get(i);
            if (t.halfTerm().isPresent()) {
                throw error(h.line(), "SUMMARY=" + esc(h.summary()) + ": a second half-term in " + t.name());
            }
            terms.set(i, new Term(t.name(), t.dates(), Optional.of(new DateRange(h.start(), h.endInclusive()))));
        }
        TermListBuilder builder = new TermListBuilder(file);
        for (int i = 0; i < terms.size(); i++) {
            builder.add(terms.get(i), places.get(i));
        }
        return builder.build();
    }

    private void add(List<Term> terms, List<String> places, Term term, int line) {
        if (terms.size() >= TermListBuilder.MAX_TERMS) {
            throw error(line, "more than " + TermListBuilder.MAX_TERMS + " terms");
        }
        terms.add(term);
        places.add(file + ":" + line);
    }

    private static String esc(String text) {
        return TerminalText.escape(text);
    }

    private static int indexContaining(List<Term> terms, Event h) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).contains(h.start()) && terms.get(i).contains(h.endInclusive())) {
                return i;
            }
        }
        return -1;
    }

    private static Term term(String season, LocalDate start, LocalDate end) {
        String name = Character.toUpperCase(season.charAt(0)) + season.substring(1) + " " + start.getYear();
        return new Term(name, new DateRange(start, end), Optional.empty());
    }

    private List<Event> events(List<Line> lines) {
        List<Event> events = new ArrayList<>();
        int begin = -1;
        Map<String, Line> props = new HashMap<>();
        for (Line l : lines) {
            String t = l.text();
            if (t.equalsIgnoreCase("BEGIN:VEVENT")) {
                if (begin >= 0) {
                    throw error(l.number(), "BEGIN:VEVENT inside the VEVENT opened at line " + begin);
                }
                begin = l.number();
                props.clear();
            } else if (t.equalsIgnoreCase("END:VEVENT")) {
                if (begin < 0) {
                    throw error(l.number(), "END:VEVENT without BEGIN:VEVENT");
                }
                if (events.size() >= MAX_EVENTS) {
                    throw error(begin, "more than " + MAX_EVENTS + " events");
                }
                event(begin, props).ifPresent(events::add);
                begin = -1;
            } else if (begin >= 0) {
                int colon = t.indexOf(':');
                if (colon <= 0) {
                    continue; // tolerated: not a property line
                }
                String name = t.substring(0, colon).split(";", 2)[0].toUpperCase(Locale.ROOT);
                props.putIfAbsent(name, l);
            }
        }
        if (begin >= 0) {
            throw error(begin, "BEGIN:VEVENT without END:VEVENT");
        }
        return events;
    }

    private Optional<Event> event(int begin, Map<String, Line> props) {
        Line summaryLine = props.get("SUMMARY");
        if (summaryLine == null) {
            return Optional.empty();
        }
        String summary = unescape(value(summaryLine)).trim();
        String lower = summary.toLowerCase(Locale.ROOT);
        if (!lower.contains("term")) {
            return Optional.empty();
        }
        Line startLine = props.get("DTSTART");
        if (startLine == null) {
            throw error(begin, "VEVENT '" + esc(summary) + "': DTSTART is required");
        }
        LocalDate start = date(startLine, false);
        Line endLine = props.get("DTEND");
        LocalDate end = endLine == null ? start : date(endLine, true);
        if (end.isBefore(start)) {
            throw error(endLine.number(), "DTEND=" + esc(value(endLine)) + ": must be after DTSTART "
                    + esc(value(startLine)));
        }
        return Optional.of(new Event(begin, summary, start, end));
    }

    /** @param exclusiveEnd true for DTEND, which names the first day after the event */
    private LocalDate date(Line line, boolean exclusiveEnd) {
        String name = line.text().substring(0, line.text().indexOf(':')).split(";", 2)[0].toUpperCase(Locale.ROOT);
        String v = value(line).trim();
        Matcher m = ICS_DATE.matcher(v);
        if (m.matches()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                boolean midnightOrDate = m.group(5) == null || m.group(5).equals("000000");
                LocalDate date = exclusiveEnd && midnightOrDate ? d.minusDays(1) : d;
                DateRange supported = TermCalendar.SUPPORTED_DATES;
                if (!supported.contains(d) || !supported.contains(date)) {
                    throw error(line.number(), name + "=" + v + ": must be between " + supported.start() + " and "
                            + supported.end());
                }
                return date;
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw error(line.number(), esc(name) + "=" + esc(v) + ": must be a date yyyymmdd (VALUE=DATE) or date-time"
                + " yyyymmddThhmmss");
    }

    private static String value(Line line) {
        return line.text().substring(line.text().indexOf(':') + 1);
    }

    private static String unescape(String v) {
        return v.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    private CalendarException error(int line, String message) {
        return new CalendarException(file + ":" + line + ": " + message);
    }
}
