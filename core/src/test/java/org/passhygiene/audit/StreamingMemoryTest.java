package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1,000,000-row AD export is audited in a child JVM with a 256 MB heap: the readers stream. */
class StreamingMemoryTest {

    static final int ROWS = 1_000_000;

    /** Child JVM entry point: audits the file and prints "records findings". */
    public static void main(String[] args) throws IOException {
        AuditReport r = Auditor.builder().asOf(LocalDate.of(2026, 3, 16)).build()
                .audit(List.of(Path.of(args[0])), null, null);
        System.out.println(r.summary().records() + " " + r.findings().size());
    }

    @Test
    void millionRowExportStreamsIn256MbHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // day 15 settles the file as day-first (#10: a file whose dates could be either way is refused)
            w.write("#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n");
            w.write("\"SamAccountName\",\"Enabled\",\"PasswordLastSet\",\"LastLogonDate\",\"MemberOf\"\r\n");
            for (int i = 0; i < ROWS; i++) {
                String logon = i % 1000 == 0 ? "01/01/2025 08:00:00" : "10/03/2026 08:00:00";
                w.write("\"user" + i + "\",\"True\",\"15/01/2026 08:00:00\",\"" + logon
                        + "\",\"CN=Staff,OU=Groups,DC=oakfield,DC=sch,DC=uk\"\r\n");
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StreamingMemoryTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo(ROWS + " " + ROWS / 1000);
    }
}
