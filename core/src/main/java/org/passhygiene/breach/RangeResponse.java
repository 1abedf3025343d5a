package org.passhygiene.breach;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Range API answers for {@link PwnedPasswordsClient}: the size-capped body reader and the parsed, cached range. */
final class RangeResponse {

    private RangeResponse() {
    }

    /** Collects a response body up to {@link PwnedPasswordsClient#MAX_RESPONSE_BYTES}, failing as soon as it is exceeded. */
    static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long declared;
        private Flow.Subscription subscription;

        CappedBody(long declaredLength) {
            this.declared = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > PwnedPasswordsClient.MAX_RESPONSE_BYTES) {
                tooLarge(declared);
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > PwnedPasswordsClient.MAX_RESPONSE_BYTES) {
                    tooLarge(bytes.size() + (long) b.remaining());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        private void tooLarge(long size) {
            subscription.cancel();
            result.completeExceptionally(new IOException("range response larger than the "
                    + PwnedPasswordsClient.MAX_RESPONSE_BYTES / (1 << 20) + " MiB limit (" + (size > PwnedPasswordsClient.MAX_RESPONSE_BYTES && declared == size
                    ? size + " bytes declared" : "more than " + PwnedPasswordsClient.MAX_RESPONSE_BYTES + " bytes") + ")"));
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** One cached range: sorted upper-case suffixes and their counts. */
    static final class Range {
        final String[] suffixes;
        final long[] counts;
        final String etag;
        final long fetchedAt;

        private Range(String[] suffixes, long[] counts, String etag, long fetchedAt) {
            this.suffixes = suffixes;
            this.counts = counts;
            this.etag = etag;
            this.fetchedAt = fetchedAt;
        }

        /**
         * Parses a range body ({@code SUFFIX:COUNT} lines, CRLF or LF; count-0 padding lines skipped).
         *
         * @throws IOException when the body is empty or a line is malformed (the line is not quoted)
         */
        static Range parse(byte[] body, HashKind kind, String prefix, String etag, long now) throws IOException {
            LineParser.Hashes parser = new LineParser.Hashes(kind, 5, Long.parseLong(prefix, 16));
            int suffixDigits = kind.hexLength() - 5;
            List<String> suffixes = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            long[] lines = new long[1];
            try {
                LineReader.read(new ByteArrayInputStream(body), "range response", (buf, start, end, lineNumber) -> {
                    if (start == end) {
                        return; // a blank line (a trailing newline) carries nothing
                    }
                    lines[0]++;
                    switch (parser.parse(buf, start, end, lineNumber)) {
                        case OK -> {
                            if (parser.count < 0) {
                                throw new IOException("malformed range response, line " + lineNumber
                                        + ": no ':COUNT' after the suffix");
                            }
                            suffixes.add(new String(buf, parser.hexStart, suffixDigits, StandardCharsets.US_ASCII)
                                    .toUpperCase(Locale.ROOT));
                            counts.add(parser.count);
                        }
                        case IGNORED -> { } // Add-Padding lines, count 0
                        default -> throw new IOException("malformed range response, line " + lineNumber + ": "
                                + parser.problem);
                    }
                }, rawBytes -> { });
            } catch (CorpusFormatException e) {
                throw new IOException("malformed range response: " + e.getMessage(), e);
            }
            if (lines[0] == 0) {
                throw new IOException("empty range response (" + body.length + " bytes, no SUFFIX:COUNT line)");
            }
            int n = suffixes.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> suffixes.get(a).compareTo(suffixes.get(b)));
            String[] sortedS = new String[n];
            long[] sortedC = new long[n];
            for (int i = 0; i < n; i++) {
                sortedS[i] = suffixes.get(order[i]);
                sortedC[i] = counts.get(order[i]);
            }
            return new Range(sortedS, sortedC, etag, now);
        }

        Range revalidated(long now) {
            return new Range(suffixes, counts, etag, now);
        }

        long count(String suffix) {
            int i = Arrays.binarySearch(suffixes, suffix);
            return i >= 0 ? counts[i] : 0;
        }

        int weight() {
            return 64 + suffixes.length * (suffixes.length == 0 ? 0 : 56 + 2 * suffixes[0].length());
        }
    }
}
