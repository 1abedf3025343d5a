package org.passhygiene.cli.serve;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One line per request once its response is done ({@code --access-log}):
 * {@code 2026-12-07T03:48:47.120Z 127.0.0.1 POST /v1/check 200 1.84ms}. A line names the time, the client address,
 * the method, the route, the status and the duration, and never a body, a header or a query value. The route is
 * written only as far as it cannot hold a password: {@code /range/} with its prefix when that is five hex digits
 * (and {@code ?mode=ntlm} when asked), the fixed {@code /v1/} paths and {@code /healthz} without any query, and
 * anything else as {@code (other)}, since an unknown path (a 404) is whatever the client sent.
 */
final class AccessLog extends Handler.Wrapper {

    private final Consumer<String> sink;

    AccessLog(Handler handler, Consumer<String> sink) {
        super(handler);
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String client = Request.getRemoteAddr(request);
        String method = request.getMethod();
        String route = route(Request.getPathInContext(request), request.getHttpURI().getQuery());
        Callback logged = Callback.from(callback, () -> log(start, client, method, route, response.getStatus()));
        return super.handle(request, response, logged);
    }

    private void log(long start, String client, String method, String route, int status) {
        sink.accept(String.format(Locale.ROOT, "%s %s %s %s %d %.2fms", Instant.now(), client, safeMethod(method),
                route, status, (System.nanoTime() - start) / 1e6));
    }

    /** The route as logged: see the class comment. */
    static String route(String path, String query) {
        if (path.startsWith("/range/") && RangeSource.validPrefix(path.substring(7))) {
            boolean ntlm = query != null && query.toLowerCase(Locale.ROOT).contains("mode=ntlm");
            return path.toUpperCase(Locale.ROOT).replace("/RANGE/", "/range/") + (ntlm ? "?mode=ntlm" : "");
        }
        return switch (path) {
            case "/v1/check", "/v1/generate", "/v1/policy", "/healthz" -> path;
            default -> "(other)";
        };
    }

    private static String safeMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH" -> method;
            default -> "(other)";
        };
    }
}
