package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.HashKind;
import org.passhygiene.cli.serve.PasshygieneServer;
import org.passhygiene.output.TerminalText;
import org.passhygiene.store.CredentialStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code passhygiene serve}: the policy and the breach ranges as a local HTTP service (README "serve"). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the policy (POST /v1/check, GET /v1/policy) and Pwned Passwords ranges"
            + " (GET /range/{prefix}) over HTTP until stopped (SIGTERM or Ctrl-C: requests in flight finish).",
            "Listens on loopback only, unless both TLS (--tls-cert, --tls-key) and --token-file are given."})
final class ServeCommand extends LeafCommand {

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Option(names = "--breach-index", paramLabel = "FILE",
            description = "Breach index for /v1/check (repeatable); replaces the policy's breach-indexes.")
    private List<Path> breachIndexes;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--range-dir", paramLabel = "DIR",
            description = "HIBP per-prefix SHA-1 directory ({PREFIX}.txt files) served at GET /range/{prefix};"
                + " default: the bundled common-password list.")
    private Path rangeDir;

    @Option(names = "--range-dir-ntlm", paramLabel = "DIR",
            description = "HIBP per-prefix NTLM directory served at GET /range/{prefix}?mode=ntlm; default: the"
                + " bundled common-password list.")
    private Path rangeDirNtlm;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8787",
            converter = OptionConverters.ListenAddresses.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}); port 0 picks a free one.")
    private InetSocketAddress listen;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "PEM certificate chain (e.g. Let's Encrypt fullchain.pem); needs --tls-key.")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "Unencrypted PEM private key (e.g. privkey.pem).")
    private Path tlsKey;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the bearer token /v1/ requires (at least 24 characters).")
    private Path tokenFile;

    /** The largest --rate: twice it (the burst) must fit an int. */
    static final int MAX_RATE = 1_000_000;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "100",
            description = "Requests per second per client address (burst: twice that); default ${DEFAULT-VALUE}.")
    private int rate;

    @Option(names = "--access-log",
            description = "One line per request on stderr: time, client, method, route, status, duration (never a"
                + " body, header or query value).")
    private boolean accessLog;

    /** Test hook: called with the started server before the command waits for it to stop. */
    static Consumer<PasshygieneServer> started = server -> { };

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new ExitCodes.UsageException("--tls-cert and --tls-key go together");
        }
        if (rate < 1 || rate > MAX_RATE) {
            throw new ExitCodes.UsageException("--rate must be between 1 and " + MAX_RATE);
        }
        PasswordPolicy.Builder builder = policyOptions.builder();
        if (breachIndexes != null) {
            builder.breachIndexes(breachIndexes.stream().map(p -> p.toAbsolutePath().toString()).toList());
        }
        if (!storeOptions.given()) {
            try (PasswordPolicy policy = builder.build()) {
                return serve(policy);
            }
        }
        try (CredentialStore store = storeOptions.openReadOnly();
             PasswordPolicy policy = builder.credentialStore(store).build()) {
            return serve(policy);
        }
    }

    private int serve(PasswordPolicy policy) throws IOException, InterruptedException {
        PasshygieneServer.Builder builder = PasshygieneServer.builder(policy).listen(listen).rateLimit(rate, 2 * rate);
        if (rangeDir != null) {
            builder.rangeDirectory(HashKind.SHA1, rangeDir);
        }
        if (rangeDirNtlm != null) {
            builder.rangeDirectory(HashKind.NTLM, rangeDirNtlm);
        }
        if (tlsCert != null) {
            builder.tls(tlsCert, tlsKey);
        }
        if (accessLog) {
            PrintWriter log = err();
            builder.accessLog(line -> {
                synchronized (log) {
                    log.println(line);
                    log.flush();
                }
            });
        }
        if (tokenFile != null) {
            ExitCodes.usage(() -> {
                try {
                    return builder.tokenFile(tokenFile);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        PasshygieneServer server = ExitCodes.usage(() -> {
            try {
                return builder.start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PrintWriter out = out();
        out.println("passhygiene: serving policy '" + policy.settings().name() + "' on " + server.uri()
                + "; stop with SIGTERM or Ctrl-C");
        PrintWriter err = err();
        server.rangeSources().forEach((kind, source) -> err.println("passhygiene: GET /range/"
                + (kind == HashKind.NTLM ? "?mode=ntlm" : "") + " serves " + source));
        if (tokenFile != null && readableByOthers(tokenFile)) {
            String file = TerminalText.escape(tokenFile.toString());
            err.println("passhygiene: warning: " + file + " is readable by other users; chmod 600 " + file);
        }
        err.flush();
        out.flush();
        started.accept(server);
        server.join();
        return ExitCodes.OK;
    }

    /** Whether group or others may read the file (POSIX permissions; false where the file system has none). */
    private static boolean readableByOthers(Path file) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return false;
        }
        return permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
    }
}
