package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's systemd unit is the shipped example, and the options it uses exist. */
class ServeReadmeTest {

    @Test
    void readmeShowsTheExampleUnitAndItsOptionsExist() throws Exception {
        String unit = Files.readString(Path.of("../examples/passhygiene-serve.service"));
        assertThat(Files.readString(Path.of("../README.md"))).contains("```ini\n" + unit + "```\n");
        String help = CliRun.run("", "serve", "--help").out();
        for (String option : new String[] {"--policy", "--breach-index", "--range-dir", "--range-dir-ntlm", "--listen",
            "--tls-cert", "--tls-key", "--token-file"}) {
            assertThat(unit).contains(option + " ");
            assertThat(help).contains(option + "=");
        }
    }
}
