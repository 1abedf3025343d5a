package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.passhygiene.MutatedInputs;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a YAML term calendar: a list of valid terms or a {@link CalendarException}, nothing else, in bounded
 * time. Long run: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=YamlCalendarReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class YamlCalendarReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void yamlCalendar(byte[] data) {
        check(data);
    }

    @Test
    void mutatedSeedsOnlyEverGiveCalendarException() {
        MutatedInputs.run(MutatedInputs.seeds(getClass(), "yamlCalendar"), 1500, 2 << 20, YamlCalendarReaderFuzzTest::check);
    }

    static void check(byte[] data) {
        if (data.length > YamlCalendarReader.MAX_BYTES) {
            return; // read() refuses these before parsing (CalendarTextTest)
        }
        assertTimeout(Duration.ofSeconds(5), () -> {
            List<Term> terms;
            try {
                terms = YamlCalendarReader.FORMAT.parse("fuzz.yaml", CalendarText.decode("fuzz.yaml", data));
            } catch (CalendarException e) {
                assertThat(e.getMessage()).startsWith("fuzz.yaml");
                return;
            }
            valid(terms);
        });
    }

    /** What every calendar that loads satisfies. */
    static void valid(List<Term> terms) {
        assertThat(terms).isNotEmpty().hasSizeLessThanOrEqualTo(TermListBuilder.MAX_TERMS);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            assertThat(TermCalendar.SUPPORTED_DATES.contains(t.start())).isTrue();
            assertThat(TermCalendar.SUPPORTED_DATES.contains(t.end())).isTrue();
            assertThat(ChronoUnit.DAYS.between(t.start(), t.end())).isLessThan(TermListBuilder.MAX_TERM_DAYS);
            if (i > 0) {
                assertThat(t.start()).isAfter(terms.get(i - 1).end());
            }
        }
    }
}
