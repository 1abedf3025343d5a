package org.passhygiene.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.passhygiene.crypto.OpenPgpEncryptor;
import org.passhygiene.crypto.OpenPgpKeyException;

import picocli.CommandLine.Option;

/**
 * Output encryption options (OpenPGP, to a public key or with a passphrase), as a picocli mixin shared by
 * {@code audit} (the report) and {@code provision} (the password list): its help says "the output", and the
 * messages name what the command encrypts ({@link #encryptor}'s {@code what}). Problems with the
 * command line (both modes, --recipient without --encrypt-to, a file with several certificates and no --recipient,
 * a short passphrase) are usage errors (exit 2); a key file that cannot be used (unreadable, expired, revoked, no
 * encryption key) is an I/O error (exit 4) naming the file, the certificate and the reason.
 */
final class EncryptionOptions {

    /** Where the passphrase for --encrypt-passphrase comes from when there is no terminal. */
    static final String PASSPHRASE_ENV = "PASSHYGIENE_REPORT_PASSPHRASE";
    /** Environment lookup; tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--encrypt-to", paramLabel = "KEYFILE",
            description = "Encrypt the output (OpenPGP) to this public key file (gpg --export, armored or binary): "
                    + "to its valid encryption subkey; expired or revoked keys are refused. Needs --out.")
    private Path keyFile;

    @Option(names = "--recipient", paramLabel = "FINGERPRINT",
            description = "With --encrypt-to: the certificate (or encryption subkey) to use, by its full "
                    + "fingerprint (spaces allowed); needed when KEYFILE holds several certificates.")
    private String recipient;

    @Option(names = "--encrypt-passphrase",
            description = "Encrypt the output (OpenPGP, AES-256, SHA-256 S2K) with a passphrase of at least "
                    + OpenPgpEncryptor.MIN_PASSPHRASE_LENGTH + " characters read from the terminal, or from "
                    + PASSPHRASE_ENV + "; needs --out.")
    private boolean passphrase;

    /** The public-key file given with --encrypt-to, or null: an input the output must not overwrite. */
    Path keyFile() {
        return keyFile;
    }

    /** Whether any encryption option was given. */
    boolean requested() {
        return keyFile != null || passphrase || recipient != null;
    }

    /**
     * The encryptor the options ask for, or null for none. Names the key used on {@code err}.
     *
     * @param what what is encrypted, for people: {@code the report}, {@code the password list}
     * @throws ExitCodes.UsageException for command-line problems (exit 2)
     * @throws IOException              if the key file cannot be used (exit 4)
     */
    OpenPgpEncryptor encryptor(PrintWriter err, String what) throws IOException {
        if (keyFile != null && passphrase) {
            throw new ExitCodes.UsageException("--encrypt-to and --encrypt-passphrase exclude each other");
        }
        if (recipient != null && keyFile == null) {
            throw new ExitCodes.UsageException("--recipient needs --encrypt-to KEYFILE");
        }
        if (keyFile != null) {
            OpenPgpEncryptor encryptor = toPublicKey();
            err.println("encrypting " + what + " to " + encryptor.recipient().describe());
            err.flush();
            return encryptor;
        }
        return passphrase ? withPassphrase(what) : null;
    }

    private OpenPgpEncryptor toPublicKey() throws IOException {
        try {
            return OpenPgpEncryptor.toPublicKey(keyFile, recipient);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--recipient: " + e.getMessage());
        } catch (OpenPgpKeyException e) {
            switch (e.problem()) {
                case SEVERAL_CERTIFICATES -> throw new ExitCodes.UsageException(e.getMessage()
                        + " with --recipient FINGERPRINT");
                case NO_SUCH_FINGERPRINT -> throw new ExitCodes.UsageException("--recipient: " + e.getMessage());
                default -> throw e;
            }
        }
    }

    private static OpenPgpEncryptor withPassphrase(String what) {
        String env = environment.apply(PASSPHRASE_ENV);
        if (env != null && !env.isEmpty()) {
            char[] p = env.toCharArray();
            try {
                return OpenPgpEncryptor.withPassphrase(p);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(PASSPHRASE_ENV + ": " + e.getMessage());
            } finally {
                Arrays.fill(p, '\0');
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new ExitCodes.UsageException("--encrypt-passphrase: no terminal to prompt on; set "
                    + PASSPHRASE_ENV);
        }
        char[] first = console.readPassword("Passphrase for %s (at least %d characters): ", what,
                OpenPgpEncryptor.MIN_PASSPHRASE_LENGTH);
        char[] second = first == null ? null : console.readPassword("Again: ");
        try {
            if (first == null || !Arrays.equals(first, second)) {
                throw new ExitCodes.UsageException("--encrypt-passphrase: the passphrases differ");
            }
            return OpenPgpEncryptor.withPassphrase(first);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--encrypt-passphrase: " + e.getMessage());
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
