package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;

/**
 * Submits passwords every way a client can get it wrong or right, and checks that no response body, header, log
 * record (java.util.logging, where Jetty's SLF4J log goes too), access log line or byte on stderr contains any of
 * them.
 */
class ServeNoPasswordLeakTest {

    private static final String SECRET = "Zq7#unique-Staffroom-Secret";

    @Test
    void noResponseOrLogLineContainsASubmittedPassword() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage() + " "
                        + (r.getThrown() == null ? "" : r.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> responses = new ArrayList<>();
        List<String> access = java.util.Collections.synchronizedList(new ArrayList<>());
        try (PasswordPolicy policy = PasswordPolicy.builder("aup").build();
             PasshygieneServer server = PasshygieneServer.builder(policy)
                     .listen(new InetSocketAddress("127.0.0.1", 0)).token(ServeHttpTest.TOKEN).maxBodyBytes(512)
                     .accessLog(access::add).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Bearer " + ServeHttpTest.TOKEN;
            List<String> bodies = List.of(
                    "{\"password\":\"" + SECRET + "\"}",                               // accepted or rejected
                    "{\"password\":\"" + SECRET + "\",\"user\":\"" + SECRET + "\"}",  // context word = password
                    "{\"password\":" + SECRET + "}",                                   // unquoted: a JSON error
                    "{\"" + SECRET + "\":\"x\",\"password\":\"y\"}",                   // as an unknown field name
                    "{\"password\":\"" + SECRET + "\",\"password\":\"again\"}",        // twice
                    "{\"password\":[\"" + SECRET + "\"]}",                             // wrong type
                    "{\"password\":\"" + SECRET + "\"" + " ".repeat(600) + "}",        // too large
                    SECRET);                                                           // not JSON at all
            for (String body : bodies) {
                for (String token : List.of(auth, "Bearer " + SECRET)) {
                    for (String endpoint : List.of("v1/check", "v1/generate")) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve(endpoint))
                                .header("Authorization", token).POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        responses.add(r.statusCode() + " " + r.headers().map() + " " + r.body());
                    }
                }
            }
            // in the URL, where a confused script might put it
            for (String path : List.of("range/" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
                    "v1/check?password=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
                    "v1/" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8))) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.uri() + path))
                        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
                responses.add(r.statusCode() + " " + r.headers().map() + " " + r.body());
            }
        } finally {
            System.setErr(stderr);
            root.removeHandler(capture);
        }
        assertThat(responses).hasSize(35).allSatisfy(r -> assertThat(r).doesNotContain(SECRET)
                .doesNotContain("Zq7#").doesNotContain("Staffroom-Secret"));
        assertThat(responses).anyMatch(r -> r.startsWith("200 ")).anyMatch(r -> r.startsWith("400 "))
                .anyMatch(r -> r.startsWith("401 ")).anyMatch(r -> r.startsWith("413 "));
        // the server is closed: every response is complete and logged
        assertThat(access).hasSize(35).allSatisfy(l -> assertThat(l).doesNotContain(SECRET).doesNotContain("Zq7")
                .doesNotContain("Staffroom").matches("\\S+Z 127\\.0\\.0\\.1 (GET|POST) \\S+ \\d{3} \\d+\\.\\d\\dms"));
        assertThat(access).anyMatch(l -> l.contains(" POST /v1/check 200 "))
                .anyMatch(l -> l.contains(" GET (other) 404 "))
                .anyMatch(l -> l.contains(" GET /v1/check 405 ")).anyMatch(l -> l.contains(" POST /v1/generate 413 "));
        assertThat(logged).allSatisfy(l -> assertThat(l).doesNotContain(SECRET).doesNotContain("Staffroom-Secret"));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET).doesNotContain("Staffroom-Secret");
    }

    @Test
    void jettyLogsOnlyWarningsAndAboveByDefault() {
        // its DEBUG level dumps network buffers, request bodies included
        PasshygieneServer.builder(PasswordPolicy.builder("aup").build());
        assertThat(Logger.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARNING);
    }
}
