package org.passhygiene.cli.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.HashKind;

/**
 * The {@code passhygiene serve} HTTP service on an embedded Jetty 12 server: see {@link ServeHandler} for the
 * endpoints. Built with {@link #builder(PasswordPolicy)}, started with {@link Builder#start()}, stopped with
 * {@link #close()} (in-flight requests finish first, up to {@value #STOP_TIMEOUT_MS} ms, unless their connection is
 * silent for {@value #SHUTDOWN_IDLE_MS} ms; new requests get 503; a JVM shutdown, e.g. SIGTERM, does the same).
 *
 * <h2>Security model</h2>
 * It listens on a loopback address unless TLS (PEM certificate chain and key) and a bearer token are both configured:
 * {@link Builder#start()} refuses otherwise, with the reason. The token guards {@code /v1/}; {@code /range/} and
 * {@code /healthz} are open, like the public range API (its clients cannot send a token; a range answer holds only
 * hash suffixes of breached passwords, public data). Every client address has a token bucket (429 with
 * {@code Retry-After}); bodies are capped (413); headers at 8 KiB (431); no {@code Server} or {@code X-Powered-By}
 * header. No password reaches a log line, an error or a response.
 *
 * <p>Internal: public for the passhygiene CLI and benchmarks; no compatibility promise.
 */
public final class PasshygieneServer implements AutoCloseable {

    /** Default listen address: loopback, port 8787. */
    public static final InetSocketAddress DEFAULT_LISTEN = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8787);
    /** Default largest request body: 16 KiB (a check request is a few hundred bytes). */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024;
    static final long STOP_TIMEOUT_MS = 10_000;
    static final long SHUTDOWN_IDLE_MS = 5_000;

    /**
     * Jetty's own log (SLF4J, bound to {@code java.util.logging}) at WARNING and above: its INFO lines ("Started
     * ServerConnector@…") are noise next to our one line, and its DEBUG level dumps network buffers, request bodies
     * included, so it must not be turned on in production. Held so the level is not garbage-collected.
     */
    private static final java.util.logging.Logger JETTY_LOG = quietJetty();

    private static java.util.logging.Logger quietJetty() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.eclipse.jetty");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private final Server server;
    private final ServerConnector connector;
    private final boolean tls;
    private final Map<HashKind, String> rangeSources;

    private PasshygieneServer(Server server, ServerConnector connector, boolean tls,
                              Map<HashKind, String> rangeSources) {
        this.server = server;
        this.connector = connector;
        this.tls = tls;
        this.rangeSources = rangeSources;
    }

    /** A builder for a service that checks passwords against {@code policy} (which the caller keeps and closes). */
    public static Builder builder(PasswordPolicy policy) {
        return new Builder(policy);
    }

    /** The port bound (the real one when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8787/}. */
    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + port() + "/");
    }

    /**
     * What {@code GET /range/} serves for each hash kind, in words: a range directory, or the bundled common-password
     * list where none was given.
     */
    public Map<HashKind, String> rangeSources() {
        return rangeSources;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops accepting, lets in-flight requests finish (bounded), and stops. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link PasshygieneServer}. */
    public static final class Builder {
        private final PasswordPolicy policy;
        private final Map<HashKind, RangeSource> ranges = new EnumMap<>(HashKind.class);
        private InetSocketAddress listen = DEFAULT_LISTEN;
        private Path tlsCert;
        private Path tlsKey;
        private BearerToken token;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private double ratePerSecond = 100;
        private int rateBurst = 200;
        private long rangeCacheBytes = 64L << 20;
        private Consumer<String> accessLog;

        private Builder(PasswordPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Serves {@code GET /range/} for {@code kind} from a HIBP per-prefix directory; without one, the bundled
         * common-password list's ranges are served for that kind.
         */
        public Builder rangeDirectory(HashKind kind, Path directory) {
            ranges.put(kind, new RangeDirectory(directory, kind, rangeCacheBytes));
            return this;
        }

        /**
         * Sends one line per request to {@code sink} (time, client, method, route, status, duration; never a body,
         * header or query value: see {@code AccessLog}); default none. The sink is called on Jetty's threads.
         */
        public Builder accessLog(Consumer<String> sink) {
            this.accessLog = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** Where to listen, default {@link #DEFAULT_LISTEN}; port 0 picks a free one. */
        public Builder listen(InetSocketAddress address) {
            this.listen = Objects.requireNonNull(address, "address");
            return this;
        }

        /** TLS from a PEM certificate chain and an unencrypted PEM private key. */
        public Builder tls(Path certFile, Path keyFile) {
            this.tlsCert = Objects.requireNonNull(certFile, "certFile");
            this.tlsKey = Objects.requireNonNull(keyFile, "keyFile");
            return this;
        }

        /**
         * Requires {@code Authorization: Bearer TOKEN} on {@code /v1/}, TOKEN the first line of the file.
         *
         * @throws IllegalArgumentException when the token is too short or not printable ASCII
         * @throws IOException              when the file cannot be read
         */
        public Builder tokenFile(Path file) throws IOException {
            this.token = BearerToken.read(file);
            return this;
        }

        /** As {@link #tokenFile} with the token itself (tests, benchmarks). */
        public Builder token(String value) {
            this.token = BearerToken.of(value);
            return this;
        }

        /** The largest request body, default 16 KiB. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 256 || bytes > (1 << 20)) {
                throw new IllegalArgumentException("max body must be between 256 bytes and 1 MiB: " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Requests per second per client address, and the burst allowed; default 100/s, burst 200. */
        public Builder rateLimit(double perSecond, int burst) {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("rate must be positive and burst at least 1");
            }
            this.ratePerSecond = perSecond;
            this.rateBurst = burst;
            return this;
        }

        /**
         * Checks the security rule, binds and starts.
         *
         * @throws IllegalArgumentException with a one-line reason: a non-loopback address without TLS and a token, a
         *                                  bad certificate or key, an address that cannot be bound
         * @throws IOException              when a TLS file cannot be read
         */
        public PasshygieneServer start() throws IOException {
            String host = listen.getHostString();
            boolean loopback = isLoopback(listen);
            if (!loopback && (tlsCert == null || token == null)) {
                throw new IllegalArgumentException("refusing to listen on " + host + ": a non-loopback address needs"
                        + " both TLS (--tls-cert and --tls-key) and a bearer token (--token-file); without them"
                        + " listen on 127.0.0.1");
            }
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("passhygiene-serve");
            Server server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(8 * 1024);
            http.setResponseHeaderSize(8 * 1024);
            ServerConnector connector;
            if (tlsCert != null) {
                PemTls.Material material = PemTls.read(tlsCert, tlsKey);
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStore(material.keyStore());
                ssl.setKeyStorePassword(material.password());
                ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                secure.setSniHostCheck(false); // the client checks the certificate against the name it asked for
                http.addCustomizer(secure);
                connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                        new HttpConnectionFactory(http));
            } else {
                connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            }
            connector.setHost(host);
            connector.setPort(listen.getPort());
            connector.setIdleTimeout(30_000);
            server.addConnector(connector);
            server.setErrorHandler(new MinimalErrors());
            RateLimiter limiter = new RateLimiter(ratePerSecond, rateBurst, System::nanoTime);
            Map<HashKind, RangeSource> sources = new EnumMap<>(ranges);
            // the bundled ranges of each kind without a directory, computed in parallel (a few seconds, once)
            java.util.Arrays.stream(HashKind.values()).parallel().filter(kind -> !ranges.containsKey(kind))
                    .map(BundledRanges::of).toList().forEach(bundled -> sources.put(bundled.kind(), bundled));
            Handler handler = new ServeHandler(policy, sources, token, limiter, maxBodyBytes);
            GracefulHandler graceful = new GracefulHandler(accessLog == null ? handler
                    : new AccessLog(handler, accessLog));
            // while stopping, a connection silent this long is closed (a body still trickling in after a pause)
            graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_MS);
            server.setHandler(graceful);
            server.setStopTimeout(STOP_TIMEOUT_MS);
            server.setStopAtShutdown(true);
            try {
                server.start();
            } catch (IOException e) {
                stopQuietly(server);
                throw new IllegalArgumentException("cannot listen on " + host + ":" + listen.getPort() + ": "
                        + e.getMessage());
            } catch (Exception e) {
                stopQuietly(server);
                throw new IllegalStateException("the server did not start: " + e.getMessage(), e);
            }
            Map<HashKind, String> described = new EnumMap<>(HashKind.class);
            sources.forEach((kind, source) -> described.put(kind, source.description()));
            return new PasshygieneServer(server, connector, tlsCert != null, Collections.unmodifiableMap(described));
        }

        private static void stopQuietly(Server server) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failing to start; the start error is the one to report
            }
        }
    }

    /** Whether the address is a loopback one (a name is resolved: {@code localhost} counts). */
    static boolean isLoopback(InetSocketAddress address) {
        if (address.getAddress() != null) {
            return address.getAddress().isLoopbackAddress();
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(address.getHostString())) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Jetty's own errors (bad request line, headers too large) as a short JSON object: no page, no detail. */
    private static final class MinimalErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object status = request.getAttribute(ERROR_STATUS);
            int code = status instanceof Integer i ? i : 500;
            byte[] body = ("{\"error\":\"" + ServeHandler.reason(code) + "\"}").getBytes(StandardCharsets.UTF_8);
            response.setStatus(code);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, java.nio.ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
