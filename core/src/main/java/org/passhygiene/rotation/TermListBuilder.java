package org.passhygiene.rotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects terms from a file, rejecting overlaps and repeated names with the place each term came from. */
final class TermListBuilder {
    private record Placed(Term term, String where) {
    }

    private final String source;
    private final List<Placed> terms = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    TermListBuilder(String source) {
        this.source = source;
    }

    /**
     * @param where the place for messages: {@code file:line} for files
     * @throws CalendarException if the term overlaps an earlier one or repeats its name
     */
    void add(Term term, String where) {
        String earlier = names.putIfAbsent(term.name(), where);
        if (earlier != null) {
            throw new CalendarException(where + ": name=" + term.name() + ": must be unique, already used at "
                    + earlier);
        }
        for (Placed p : terms) {
            Term o = p.term();
            if (!term.start().isAfter(o.end()) && !o.start().isAfter(term.end())) {
                throw new CalendarException(where + ": " + term.name() + " " + term.dates() + ": must not overlap "
                        + o.name() + " " + o.dates() + " (" + p.where() + ")");
            }
        }
        terms.add(new Placed(term, where));
    }

    List<Term> build() {
        if (terms.isEmpty()) {
            throw new CalendarException(source + ": no terms: at least one term is required");
        }
        return terms.stream().map(Placed::term).sorted(Comparator.comparing(Term::start)).toList();
    }
}
