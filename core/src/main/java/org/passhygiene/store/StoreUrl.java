package org.passhygiene.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one redaction of credentials in JDBC URLs and in messages about them. Every message that names a store, and
 * every driver message passed on, goes through {@link #redact(String)} or {@link #redactMessage(String, String)}.
 *
 * <p>Hidden, wherever they are: the password in the authority's user info
 * ({@code jdbc:postgresql://admin:SECRET@host/db} becomes {@code jdbc:postgresql://admin:***@host/db}); the value
 * of every parameter whose name (case-insensitive) is or contains {@code password}, {@code passwd}, {@code pwd}, {@code pass}, {@code secret}, {@code token},
 * {@code credential}, {@code key} (so {@code sslkey}, {@code sslpassword}, SQLCipher's {@code key}), in the query
 * string ({@code ?a=1&password=x}) or in {@code ;}-separated properties ({@code ;password=x}, as SQL Server and
 * others write them). Other parameters ({@code currentSchema}, {@code user}) stay, so messages still say which store.
 * Messages (a driver's {@link java.sql.SQLException} may quote the URL, decoded or not) have every secret value
 * found in the URL replaced, in its written and its percent-decoded form.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by the CLI to redact store URLs in its messages.
 */
public final class StoreUrl {
    /** What a hidden value is shown as. */
    public static final String MASK = "***";
    private static final List<String> SECRET_NAME_PARTS = List.of("password", "passwd", "pwd", "pass", "secret",
            "token", "credential", "key");

    private StoreUrl() {
    }

    /**
     * @param url a JDBC URL (or any text that is one)
     * @return the URL with every credential replaced by {@link #MASK}
     * @throws NullPointerException if {@code url} is null
     */
    public static String redact(String url) {
        Objects.requireNonNull(url, "url");
        StringBuilder out = new StringBuilder(url);
        List<int[]> spans = secretSpans(url);
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
        for (int[] s : spans) {
            out.replace(s[0], s[1], MASK);
        }
        return out.toString();
    }

    /**
     * A message about the store at {@code url}, with every secret of that URL (and of {@code extraSecrets}, e.g.
     * connection properties) replaced by {@link #MASK}, and the URL itself redacted.
     *
     * @param message the message, e.g. a driver's exception message; null gives ""
     * @param url the store's URL
     * @param extraSecrets further secret values (connection property passwords)
     * @return the message without the secrets
     */
    static String redactMessage(String message, String url, String... extraSecrets) {
        if (message == null) {
            return "";
        }
        String m = message.replace(url, redact(url));
        Set<String> secrets = new LinkedHashSet<>(secrets(url));
        for (String s : extraSecrets) {
            if (s != null && !s.isEmpty()) {
                secrets.add(s);
            }
        }
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : longestFirst) {
            m = m.replace(s, MASK);
        }
        return m;
    }

    /** The secret values in {@code url}: as written and percent-decoded. Empty values are left out. */
    static Set<String> secrets(String url) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] s : secretSpans(url)) {
            String span = url.substring(s[0], s[1]);
            // The whole value, and the part before a '?' (where a driver that splits there would stop).
            List<String> forms = new ArrayList<>(List.of(span, span.split("\\?", 2)[0]));
            if (span.indexOf(',') >= 0) {
                // A value that spans hosts (a comma in a password): a driver may print either part.
                forms.addAll(List.of(span.split(",")));
            }
            for (String raw : forms) {
                if (!raw.isEmpty()) {
                    out.add(raw);
                    try {
                        out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        // not valid percent-encoding: the raw form is all a driver could print
                    }
                }
            }
        }
        out.remove("");
        return out;
    }

    /** Start (inclusive) and end (exclusive) of every secret value in {@code url}. */
    private static List<int[]> secretSpans(String url) {
        List<int[]> spans = new ArrayList<>();
        int paramsFrom = 0;
        int slashes = url.indexOf("//");
        if (slashes >= 0) {
            int authorityStart = slashes + 2;
            int authorityEnd = firstOf(url, authorityStart, "?;#");
            userInfoSpans(url, authorityStart, authorityEnd, spans);
            paramsFrom = authorityStart;
        }
        // key=value pairs after '?', '&' or ';' anywhere after the authority (or the scheme).
        int i = paramsFrom;
        while (i < url.length()) {
            int sep = firstOf(url, i, "?&;");
            if (sep >= url.length()) {
                break;
            }
            int keyStart = sep + 1;
            int valueEnd = firstOf(url, keyStart, "&;#");
            int eq = url.indexOf('=', keyStart);
            if (eq >= 0 && eq < valueEnd && isSecretName(url.substring(keyStart, eq))) {
                spans.add(new int[] {eq + 1, valueEnd});
            }
            i = keyStart;
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        return merged;
    }

    /**
     * The password of every host's user info in the authority {@code [from, to)}, which may list several hosts
     * separated by commas ({@code h1:1,admin:SECRET@h2:1}): in each host, from the first ':' to its last '@'. A
     * host whose user info has no ':' (a password holding a comma: {@code admin:a,b@h}) is masked from the first
     * ':' since the previous host with user info, erring on the side of hiding.
     */
    private static void userInfoSpans(String url, int from, int to, List<int[]> spans) {
        int runColon = -1;
        int segStart = from;
        while (segStart <= to) {
            int segEnd = url.indexOf(',', segStart);
            if (segEnd < 0 || segEnd > to) {
                segEnd = to;
            }
            int at = url.lastIndexOf('@', segEnd - 1);
            int colon = url.indexOf(':', segStart);
            boolean colonHere = colon >= 0 && colon < segEnd;
            if (at >= segStart) {
                if (colonHere && colon < at) {
                    spans.add(new int[] {colon + 1, at});
                } else if (runColon >= 0) {
                    spans.add(new int[] {runColon + 1, at});
                }
                runColon = -1;
            } else if (runColon < 0 && colonHere) {
                runColon = colon;
            }
            segStart = segEnd + 1;
        }
    }

    static boolean isSecretName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String part : SECRET_NAME_PARTS) {
            if (n.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
