package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser builds it: headless Chromium loads the file and dumps its DOM, and the test asserts on
 * what a reader would see (summary counts, a table row per finding, the SVG chart) and on what must not be there (any
 * password or hash from the exports). Skipped only when {@code /usr/bin/chromium} is absent; {@code .ci/run} installs
 * it.
 */
class HtmlReportChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final long TIMEOUT_SECONDS = 90;

    /** Chromium's DOM of the page, after parsing and layout. */
    static String renderedDom(Path page, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = p.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not render the report within " + TIMEOUT_SECONDS + " s");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return new String(out.join(), StandardCharsets.UTF_8);
    }

    static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** "cell | cell | cell" for every three-cell table row. */
    static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>").matcher(html);
        while (row.find()) {
            rows.add(text(row.group(1)) + " | " + text(row.group(2)) + " | " + text(row.group(3)));
        }
        return rows;
    }

    @Test
    void chromiumRendersSummaryChartAndOneRowPerFindingWithoutSecrets(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM + " (Debian package chromium)");
        List<Path> exports = List.of(AuditFixturesTest.fixture("ad-uk.csv"),
                AuditFixturesTest.fixture("secretsdump.txt"), AuditFixturesTest.fixture("chrome.csv"));
        AuditReport report = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(exports, null, null);
        Path page = dir.resolve("report.html");
        ReportFormat.HTML.writeFile(report, page, null);
        Files.createDirectories(dir.resolve("profile"));

        String dom = renderedDom(page, dir.resolve("profile"));

        assertThat(text(dom)).contains("Password and account audit", "As of 2026-03-16, against the aup policy: "
                + report.summary().records() + " accounts, " + report.findings().size() + " findings, "
                + report.skipped().size() + " rows skipped.",
                "Breach indexes: common-passwords (SHA-1), common-passwords (NTLM)");
        assertThat(text(dom)).doesNotContain("were not checked for breaches");
        for (AuditReport.Tally t : report.tallies()) { // each finding's own severity (a disabled guest: LOW)
            assertThat(text(dom)).contains(t.severity() + " " + t.code() + " (" + t.count() + ")");
        }
        int skippedAt = dom.indexOf("<h2 id=\"skipped\">");
        assertThat(skippedAt).as("skipped-rows section").isPositive();
        List<String> rows = rows(dom.substring(0, skippedAt));
        assertThat(rows(dom.substring(skippedAt))).containsExactly(exports.get(2) + " | 5 | expected 5 fields, found 3");
        assertThat(rows).containsExactlyInAnyOrderElementsOf(report.findings().stream()
                .map(f -> String.join(", ", f.accounts()) + " | " + f.detail() + " | "
                        + (f.tag() == null ? "" : f.tag())).toList());
        assertThat(rows).contains("oldhead | disabled but still in Domain Admins | ");

        Matcher svg = Pattern.compile("<svg[^>]*aria-label=\"Findings per code\"[^>]*>(.*?)</svg>", Pattern.DOTALL)
                .matcher(dom);
        assertThat(svg.find()).as("SVG chart in the rendered page").isTrue();
        assertThat(Pattern.compile("<rect ").matcher(svg.group(1)).results().count())
                .isEqualTo(report.counts().size());

        // Secrets from the exports: every hex hash in the dump, every password in the Chrome export. Compared as
        // booleans so that a failure never prints one.
        String lower = dom.toLowerCase(Locale.ROOT);
        List<String> secrets = new ArrayList<>();
        Pattern.compile("[0-9a-fA-F]{32}").matcher(Files.readString(exports.get(1))).results()
                .forEach(m -> secrets.add(m.group().toLowerCase(Locale.ROOT)));
        List<String> chrome = Files.readAllLines(exports.get(2));
        for (String line : chrome.subList(1, chrome.size())) {
            String[] fields = line.split(",");
            if (fields.length >= 4 && !fields[3].isEmpty()) {
                secrets.add(fields[3].toLowerCase(Locale.ROOT));
            }
        }
        assertThat(secrets).hasSizeGreaterThan(10);
        for (int i = 0; i < secrets.size(); i++) {
            assertThat(lower.contains(secrets.get(i))).as("rendered page holds secret #" + i).isFalse();
        }
    }
}
