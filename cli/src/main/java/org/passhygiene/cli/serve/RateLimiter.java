package org.passhygiene.cli.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perSecond}. Buckets idle for
 * ten minutes are dropped, and at most {@value #MAX_CLIENTS} are kept (least recently used dropped first), so a
 * flood of addresses cannot grow the heap. Thread-safe.
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets;

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }
    }

    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(10))
                .executor(Runnable::run).build();
    }

    /**
     * Takes a token for {@code client}: 0 when the request may go on, else the whole seconds (at least 1) until a
     * token is there, for {@code Retry-After}.
     */
    long acquire(String client) {
        long now = nanoTime.getAsLong();
        Bucket b = buckets.get(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.updated) * perNano);
            b.updated = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double waitNanos = (1 - b.tokens) / perNano;
            return Math.max(1, (long) Math.ceil(waitNanos / TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
