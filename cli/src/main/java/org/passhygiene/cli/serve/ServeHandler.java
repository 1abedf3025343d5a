package org.passhygiene.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.HashKind;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.GenerationException;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Routes every request: rate limit per client address (all but {@code /healthz}), then {@code GET /healthz},
 * {@code GET /range/{prefix}[?mode=ntlm]} (open, like the public range API: its clients cannot send a token), and the
 * {@code /v1/} endpoints ({@code check}, {@code generate}, {@code policy}), which need the bearer token when one is configured. Request bodies are read up to
 * {@code maxBodyBytes} (413 beyond). Errors are one JSON object {@code {"error": "..."}} that never quotes a
 * request body.
 */
final class ServeHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger("org.passhygiene.serve");
    private static final String JSON_TYPE = "application/json";
    private static final String TEXT_TYPE = "text/plain";

    private final PasswordPolicy policy;
    private final Map<HashKind, RangeSource> ranges;
    private final BearerToken token;
    private final RateLimiter limiter;
    private final int maxBodyBytes;
    private final byte[] policyJson;

    ServeHandler(PasswordPolicy policy, Map<HashKind, RangeSource> ranges, BearerToken token, RateLimiter limiter,
                 int maxBodyBytes) {
        this.policy = policy;
        this.ranges = Map.copyOf(ranges);
        this.token = token;
        this.limiter = limiter;
        this.maxBodyBytes = maxBodyBytes;
        this.policyJson = ResultJson.policy(policy.settings()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (path.equals("/healthz")) {
            return method.equals("GET") || method.equals("HEAD")
                    ? send(response, callback, 200, JSON_TYPE, "{\"status\":\"ok\"}")
                    : notAllowed(response, callback, "GET, HEAD");
        }
        long retryAfter = limiter.acquire(Request.getRemoteAddr(request));
        if (retryAfter > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            return error(response, callback, 429, "too many requests from this address; retry after " + retryAfter
                    + " s");
        }
        if (path.startsWith("/range/")) {
            // HEAD answers as GET does, without the body (the server sends none for HEAD): same status and headers
            return method.equals("GET") || method.equals("HEAD") ? range(request, response, callback, path.substring(7))
                    : notAllowed(response, callback, "GET, HEAD");
        }
        if (!path.startsWith("/v1/")) {
            return error(response, callback, 404, "no such endpoint (GET /range/{prefix}, POST /v1/check,"
                    + " POST /v1/generate, GET /v1/policy, GET /healthz)");
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (token != null && !token.matches(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"passhygiene\"");
            return error(response, callback, 401, "missing or wrong bearer token (Authorization: Bearer TOKEN)");
        }
        switch (path) {
            case "/v1/policy" -> {
                return method.equals("GET") ? send(response, callback, 200, JSON_TYPE, policyJson)
                        : notAllowed(response, callback, "GET");
            }
            case "/v1/check" -> {
                return method.equals("POST") ? check(request, response, callback)
                        : notAllowed(response, callback, "POST");
            }
            case "/v1/generate" -> {
                return method.equals("POST") ? generate(request, response, callback)
                        : notAllowed(response, callback, "POST");
            }
            default -> {
                return error(response, callback, 404, "no such endpoint");
            }
        }
    }

    private boolean range(Request request, Response response, Callback callback, String prefix) {
        HashKind kind = HashKind.SHA1;
        String query = request.getHttpURI().getQuery();
        if (query != null) {
            for (String param : query.split("&")) {
                if (param.equalsIgnoreCase("mode=ntlm")) {
                    kind = HashKind.NTLM;
                } else if (param.regionMatches(true, 0, "mode=", 0, 5) && !param.equalsIgnoreCase("mode=sha1")) {
                    return error(response, callback, 400, "mode must be ntlm or sha1");
                }
            }
        }
        if (!RangeSource.validPrefix(prefix)) {
            return send(response, callback, 400, TEXT_TYPE, "The hash prefix was not in a valid format");
        }
        byte[] body;
        try {
            body = ranges.get(kind).body(prefix, "true".equalsIgnoreCase(request.getHeaders().get("Add-Padding")));
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.ERROR, "range " + prefix.toUpperCase(java.util.Locale.ROOT) + ": "
                    + e.getCause().getMessage());
            return error(response, callback, 500, "the range file is unreadable (see the service log)");
        }
        return send(response, callback, 200, TEXT_TYPE, body);
    }

    private boolean check(Request request, Response response, Callback callback) {
        return readBody(request, response, callback, read -> check(read, response, callback));
    }

    private void check(Body read, Response response, Callback callback) {
        byte[] body = read.bytes();
        try (CheckRequest check = CheckRequest.parse(body, read.length())) {
            Arrays.fill(body, (byte) 0);
            CheckResult result = policy.check(check.password(), check.account());
            send(response, callback, 200, JSON_TYPE, ResultJson.result(0, result));
        } catch (CheckRequest.BadRequest e) {
            error(response, callback, 400, e.getMessage());
        } catch (RuntimeException e) {
            // a policy's check never throws for a weak password; this is a store or index failure
            LOG.log(System.Logger.Level.ERROR, "check failed: " + e.getClass().getSimpleName());
            error(response, callback, 503, "the check could not be made (see the service log)");
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private boolean generate(Request request, Response response, Callback callback) {
        return readBody(request, response, callback, read -> generate(read, response, callback));
    }

    private void generate(Body read, Response response, Callback callback) {
        byte[] body = read.bytes();
        GenerateRequest generate;
        try {
            generate = GenerateRequest.parse(body, read.length());
        } catch (CheckRequest.BadRequest e) {
            error(response, callback, 400, e.getMessage());
            return;
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        byte[] json;
        try (GeneratedPassword generated = policy.generate(generate.account(), generate.options())) {
            json = ResultJson.generated(generated);
        } catch (GenerationException e) {
            // the policy makes these options impossible: the message names the key and what to change
            error(response, callback, 422, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "generate failed: " + e.getClass().getSimpleName());
            error(response, callback, 503, "no password could be generated (see the service log)");
            return;
        }
        // the sent bytes are cleared once Jetty is done with them
        send(response, Callback.from(() -> Arrays.fill(json, (byte) 0), callback), 200, JSON_TYPE, json);
    }

    /** A request body: the first {@code length} bytes of {@code bytes}; the reader clears {@code bytes}. */
    private record Body(byte[] bytes, int length) {
    }

    /**
     * Reads the whole body without holding a thread while it arrives (a client trickling a body byte by byte must
     * not tie up the pool: it costs a connection, like slow headers, until the idle timeout), then hands it to
     * {@code then}; or answers 413 (or 400 for an unreadable body) itself.
     */
    private boolean readBody(Request request, Response response, Callback callback, Consumer<Body> then) {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            return error(response, callback, 413, "the body is larger than the " + maxBodyBytes + "-byte limit");
        }
        // BLOCKING: what follows may check the policy (CPU, store I/O), so Jetty hands it to a pool thread
        Content.Source.asByteArrayAsync(request, maxBodyBytes + 1, Promise.Invocable.from(
                Invocable.InvocationType.BLOCKING, (byte[] buf, Throwable failure) -> {
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : failure;
            if (cause instanceof IOException) {
                error(response, callback, 400, "the body could not be read");
            } else if (cause != null || buf.length > maxBodyBytes) {
                // Jetty fails the read (IllegalStateException) once a chunked body passes the size given
                if (buf != null) {
                    Arrays.fill(buf, (byte) 0);
                }
                error(response, callback, 413, "the body is larger than the " + maxBodyBytes + "-byte limit");
            } else {
                then.accept(new Body(buf, buf.length));
            }
        }));
        return true;
    }

    private static boolean notAllowed(Response response, Callback callback, String allow) {
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        return error(response, callback, 405, "method not allowed (" + allow + ")");
    }

    static boolean error(Response response, Callback callback, int status, String message) {
        String json = "{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}";
        return send(response, callback, status, JSON_TYPE, json);
    }

    private static boolean send(Response response, Callback callback, int status, String type, String body) {
        return send(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + (type.equals(JSON_TYPE) ? "" : ";charset=utf-8"));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static String reason(int status) {
        return HttpStatus.getMessage(status);
    }
}
