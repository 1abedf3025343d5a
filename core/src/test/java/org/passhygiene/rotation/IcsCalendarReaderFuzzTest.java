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
 * Any bytes as an iCalendar term calendar: a list of valid terms or a {@link CalendarException}, nothing else, in bounded
 * time. Long run: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=IcsCalendarReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IcsCalendarReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void icsCalendar(byte[] data) {
        check(data);
    }

    @Test
    void mutatedSeedsOnlyEverGiveCalendarException() {
        MutatedInputs.run(MutatedInputs.seeds(getClass(), "icsCalendar"), 2000, 2 << 20, IcsCalendarReaderFuzzTest::check);
    }

    static void check(byte[] data) {
        if (data.length > IcsCalendarReader.MAX_BYTES) {
            return; // read() refuses these before parsing (CalendarTextTest)
        }
        assertTimeout(Duration.ofSeconds(5), () -> {
            List<Term> terms;
            try {
                terms = IcsCalendarReader.FORMAT.parse("fuzz.ics", CalendarText.decode("fuzz.ics", data));
            } catch (CalendarException e) {
                assertThat(e.getMessage()).startsWith("fuzz.ics");
                return;
            }
            YamlCalendarReaderFuzzTest.valid(terms);
        });
    }
}
