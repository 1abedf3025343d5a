package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasterTest {
    /** The table was generated with a different algorithm (python-dateutil's); see the file's header. */
    @Test
    void matchesIndependentTableFor2000To2100() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("easter-2000-2100.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("year")).toList();
        }
        assertThat(rows).hasSize(101);
        for (String row : rows) {
            String[] f = row.split(",");
            assertThat(Easter.sunday(Integer.parseInt(f[0]))).as("Easter %s", f[0]).isEqualTo(LocalDate.parse(f[1]));
        }
    }

    @Test
    void extremesOfTheRange() {
        assertThat(Easter.sunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22)); // earliest possible
        assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25)); // latest possible
    }

    @Test
    void rejectsJulianYears() {
        assertThatThrownBy(() -> Easter.sunday(1500)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 1500 is before the Gregorian calendar (1583)");
    }
}
