package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's "what to do" table is the message bundle's {@code finding.<CODE>.remedy}, one row per FindingCode. */
class ReadmeRemedyTableTest {

    /** The table as the README shows it. */
    static String markdownTable() {
        StringBuilder sb = new StringBuilder("| finding code | what to do (the report's `remedy`) |\n|---|---|\n");
        for (FindingCode code : FindingCode.values()) {
            sb.append("| `").append(code.name()).append("` | ").append(code.remedy().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void readmeShowsEveryRemedy() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md 'what to do' table: paste ReadmeRemedyTableTest.markdownTable()")
                .contains(markdownTable());
    }
}
