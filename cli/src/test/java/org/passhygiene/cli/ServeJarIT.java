package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar passhygiene.jar serve} as a service manager runs it: it says where it listens, answers, and on
 * SIGTERM (what systemd sends) finishes the request in flight before the process ends.
 */
class ServeJarIT {

    private static final Path JAR = Path.of(System.getProperty("passhygiene.jar", "target/passhygiene.jar"));

    @TempDir
    Path dir;

    @Test
    void servesAndStopsGracefullyOnSigterm() throws Exception {
        Path ranges = Files.createDirectories(dir.resolve("ranges"));
        Files.writeString(ranges.resolve("5BAA6.txt"), "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10437277\r\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "serve", "--listen", "127.0.0.1:0",
                "--range-dir", ranges.toString())).redirectError(dir.resolve("stderr.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("passhygiene: serving policy 'aup' on http://127.0.0.1:")
                    .endsWith("; stop with SIGTERM or Ctrl-C");
            Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(first);
            assertThat(m.find()).isTrue();
            URI base = URI.create(m.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> range = http.send(HttpRequest.newBuilder(base.resolve("range/5baa6")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(range.body()).isEqualTo("1E4C9B93F3F0682250B6CF8331B7EE68FD8:10437277");

            // a check whose body arrives slowly is in flight when SIGTERM comes; it still gets its answer
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                    base.resolve("v1/check")).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowBody(
                    "{\"password\":\"xK#9vq!Lp2@zR7\"}"))).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(3_000); // headers and a dozen bytes are in; the rest comes over the next 4 s
            p.destroy(); // SIGTERM
            HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"accepted\":true,\"violations\":[]}");
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM: stopped by the signal, after the hook
            String err = Files.readString(dir.resolve("stderr.txt")); // destroy() closed the process's pipes
            assertThat(err).doesNotContain("Exception").doesNotContain("xK#9vq")
                    .contains("passhygiene: GET /range/ serves the HIBP range directory " + ranges + "\n")
                    .contains("passhygiene: GET /range/?mode=ntlm serves the bundled common-password list (");
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * A body that trickles in, one byte every 250 ms (about 7 s in all): the connection is never silent long enough
     * for the stop to close it, and the request is surely in the handler when the signal comes.
     */
    private static final class SlowBody extends InputStream {
        private final byte[] bytes;
        private int i;

        SlowBody(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (i >= bytes.length) {
                return -1;
            }
            if (i > 0) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            b[off] = bytes[i++];
            return 1;
        }
    }
}
