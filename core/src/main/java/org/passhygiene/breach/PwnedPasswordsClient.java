package org.passhygiene.breach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.passhygiene.breach.RangeResponse.CappedBody;
import org.passhygiene.breach.RangeResponse.Range;
import java.util.regex.Pattern;

/**
 * Online check against the Pwned Passwords range API with k-anonymity: only the first five hex digits of the hash
 * leave the machine ({@code GET /range/ABCDE}, {@code ?mode=ntlm} for NT hashes); the answer lists every known
 * suffix with that prefix and the match is made locally. Requests carry {@code Add-Padding: true} (the padding lines,
 * count 0, are ignored), a User-Agent, and {@code If-None-Match} when revalidating a cached range.
 *
 * <p>Ranges are cached (Caffeine, bounded by bytes and by age). A cached range younger than {@code freshFor} is used
 * as is; an older one is revalidated with its ETag (a 304 keeps it) and used as is if the API cannot be reached;
 * after {@code maxAge} it is dropped. Transport errors, timeouts, 429 and 5xx are retried with exponential back-off.
 * When no answer can be had the result is {@link BreachResult.Outcome#UNAVAILABLE} (fail closed, the default) or
 * {@link BreachResult.Outcome#NOT_CHECKED} (fail open). Thread-safe.
 *
 * <h2>What is trusted</h2>
 * The base URL must be https, or http to a literal loopback address ({@code 127.0.0.0/8} or {@code [::1]}; not
 * {@code localhost} by name, which a resolver can send elsewhere); redirects are not followed. An answer is used only
 * when it is a well-formed range: at most {@value #MAX_RESPONSE_BYTES} bytes, at least one line, every line
 * {@code SUFFIX:COUNT} with the kind's suffix length in hex. An empty, oversized or malformed 200 is a failed
 * request (retried, then unavailable), never "not found"; the reason goes to {@link Builder#problems}.
 *
 * <pre>{@code
 * PwnedPasswordsClient client = PwnedPasswordsClient.builder().userAgent("school-it-portal").build();
 * BreachResult r = client.check(password, HashKind.SHA1);
 * }</pre>
 */
public final class PwnedPasswordsClient {

    /** The public API. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.pwnedpasswords.com/");

    /** The largest range response read: a real padded SHA-1 range is about 40 to 80 KB. */
    public static final int MAX_RESPONSE_BYTES = 2 << 20;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final URI base;
    private final String userAgent;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final boolean failOpen;
    private final long freshForNanos;
    private final Ticker ticker;
    private final HttpClient http;
    private final Cache<String, Range> cache;
    private final Consumer<String> problems;

    private PwnedPasswordsClient(Builder b) {
        String uri = b.baseUri.toString();
        this.base = URI.create(uri.endsWith("/") ? uri : uri + "/");
        this.userAgent = b.userAgent;
        this.requestTimeout = b.requestTimeout;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.failOpen = b.failOpen;
        this.freshForNanos = b.freshFor.toNanos();
        this.ticker = b.ticker;
        this.problems = b.problems;
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(b.cacheBytes)
                .weigher((String key, Range range) -> range.weight())
                .expireAfterWrite(b.maxAge)
                .ticker(b.ticker)
                .build();
    }

    /** A builder with the defaults listed on its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a password: hashes it, sends the 5-digit prefix, matches the suffix locally. The password is not kept.
     *
     * @throws NullPointerException if an argument is null
     */
    public BreachResult check(char[] password, HashKind kind) {
        Objects.requireNonNull(kind, "kind");
        byte[] hash = kind.hash(password);
        try {
            return lookup(hash, kind);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * Checks a raw hash.
     *
     * @throws IllegalArgumentException if the hash length does not match {@code kind}
     */
    public BreachResult lookup(byte[] hash, HashKind kind) {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(kind, "kind");
        if (hash.length != kind.length()) {
            throw new IllegalArgumentException("expected a " + kind.length() + "-byte " + kind.displayName()
                    + " hash, got " + hash.length + " bytes");
        }
        String hex = HEX.formatHex(hash);
        String prefix = hex.substring(0, 5);
        Range range = range(kind, prefix);
        if (range == null) {
            return failOpen ? BreachResult.NOT_CHECKED : BreachResult.UNAVAILABLE;
        }
        long count = range.count(hex.substring(5));
        return count > 0 ? BreachResult.foundExactly(count) : BreachResult.NOT_FOUND;
    }

    /** The range for a prefix from the cache or the API; null when unavailable. */
    private Range range(HashKind kind, String prefix) {
        String key = kind.name() + ":" + prefix;
        Range cached = cache.getIfPresent(key);
        long now = ticker.read();
        if (cached != null && now - cached.fetchedAt < freshForNanos) {
            return cached;
        }
        Range fetched = fetch(kind, prefix, cached);
        if (fetched != null) {
            cache.put(key, fetched);
            return fetched;
        }
        return cached;
    }

    private Range fetch(HashKind kind, String prefix, Range cached) {
        URI uri = base.resolve("range/" + prefix + (kind == HashKind.NTLM ? "?mode=ntlm" : ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Add-Padding", "true")
                .GET();
        if (cached != null && cached.etag != null) {
            request.header("If-None-Match", cached.etag);
        }
        HttpRequest built = request.build();
        long backoff = initialBackoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<byte[]> response = send(built);
                int status = response.statusCode();
                if (status == 304 && cached != null) {
                    return cached.revalidated(ticker.read());
                }
                if (status == 200) {
                    Optional<String> etag = response.headers().firstValue("ETag");
                    return Range.parse(response.body(), kind, prefix, etag.orElse(null), ticker.read());
                }
                if (status != 429 && status < 500) {
                    problems.accept("Pwned Passwords range API " + base + " answered HTTP " + status);
                    return null; // a client error (or a redirect, not followed) will not improve with retries
                }
                problems.accept("Pwned Passwords range API " + base + " answered HTTP " + status);
            } catch (IOException | TimeoutException | ExecutionException e) {
                // transport failure, timeout, or an empty, oversized or malformed body: retry
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                problems.accept("Pwned Passwords range API " + base + ": " + (cause instanceof TimeoutException
                        ? "no complete answer within " + requestTimeout.multipliedBy(2).toMillis() + " ms"
                        : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (attempt >= maxRetries) {
                return null;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request,
                info -> new CappedBody(info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            // the request timeout covers the headers; this bounds the whole exchange including the body
            return future.get(requestTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } finally {
            future.cancel(true);
        }
    }

    /**
     * Checks a range API base URL: https, or http to a literal loopback address.
     *
     * @return {@code uri}
     * @throws IllegalArgumentException naming what is wrong
     */
    public static URI checkBaseUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty() || uri.getRawUserInfo() != null
                || uri.getPort() > 65_535) {
            throw new IllegalArgumentException("must be an absolute https URL with a host, a valid port if any and no"
                    + " user name, such as " + DEFAULT_BASE_URI);
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && isLoopbackLiteral(host)) {
            return uri;
        }
        throw new IllegalArgumentException("must be an https URL (http only to a literal loopback address such as "
                + "127.0.0.1 or [::1])");
    }

    /** 127.0.0.0/8 written as four decimal numbers, or an IPv6 loopback in brackets: never a name to resolve. */
    private static boolean isLoopbackLiteral(String host) {
        String literal;
        if (host.startsWith("[") && host.endsWith("]")) {
            literal = host.substring(1, host.length() - 1);
            if (!literal.matches("[0-9A-Fa-f:.]+")) {
                return false;
            }
        } else if (IPV4.matcher(host).matches()) {
            for (String part : host.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            literal = host;
        } else {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Configures a {@link PwnedPasswordsClient}; every setting has a default. */
    public static final class Builder {
        private URI baseUri = DEFAULT_BASE_URI;
        private String userAgent = "passhygiene";
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(250);
        private long cacheBytes = 16L << 20;
        private Duration freshFor = Duration.ofHours(1);
        private Duration maxAge = Duration.ofDays(1);
        private boolean failOpen;
        private Ticker ticker = Ticker.systemTicker();
        private Consumer<String> problems = message -> System.getLogger(PwnedPasswordsClient.class.getName())
                .log(System.Logger.Level.WARNING, message);

        private Builder() {
        }

        /**
         * API base, default {@code https://api.pwnedpasswords.com/}; requests go to {@code BASE/range/PREFIX}.
         *
         * @throws IllegalArgumentException unless https, or http to a literal loopback address (see
         *                                  {@link #checkBaseUri(URI)})
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = checkBaseUri(Objects.requireNonNull(baseUri, "baseUri"));
            return this;
        }

        /**
         * Receives the reason of every failed request (HTTP status, transport error, timeout, empty, oversized or
         * malformed answer), never the hash prefix; default: a WARNING on the {@link System.Logger} named after this
         * class.
         */
        public Builder problems(Consumer<String> problems) {
            this.problems = Objects.requireNonNull(problems, "problems");
            return this;
        }

        /** User-Agent header (the API rejects requests without one), default {@code passhygiene}. */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank()) {
                throw new IllegalArgumentException("userAgent must not be blank");
            }
            this.userAgent = userAgent;
            return this;
        }

        /** Connect timeout, default 5 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** Timeout for the response headers, default 10 s (the whole exchange is bounded by twice this). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** Retries after a transport error, timeout, 429 or 5xx, default 2; back-off doubles from the initial. */
        public Builder retries(int maxRetries, Duration initialBackoff) {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("retries must be between 0 and 10: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
            return this;
        }

        /** Cache bound in approximate bytes, default 16 MiB (about 350 SHA-1 ranges). */
        public Builder cacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cacheBytes must not be negative: " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * Ages of cached ranges: used without asking until {@code freshFor} (default 1 h), revalidated by ETag after
         * that, dropped after {@code maxAge} (default 1 day).
         */
        public Builder cacheAges(Duration freshFor, Duration maxAge) {
            this.freshFor = positive(freshFor, "freshFor");
            this.maxAge = positive(maxAge, "maxAge");
            if (maxAge.compareTo(freshFor) < 0) {
                throw new IllegalArgumentException("maxAge must not be shorter than freshFor");
            }
            return this;
        }

        /** When true, an unreachable API gives {@code NOT_CHECKED} instead of {@code UNAVAILABLE}; default false. */
        public Builder failOpen(boolean failOpen) {
            this.failOpen = failOpen;
            return this;
        }

        /** For tests: the clock of the cache. */
        Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }

        /** Builds the client. */
        public PwnedPasswordsClient build() {
            return new PwnedPasswordsClient(this);
        }
    }
}
