package org.passhygiene.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.passhygiene.audit.StaffList;
import org.passhygiene.output.CsvText;

/**
 * The generated initial passwords of one provisioning run, in memory only ({@code char[]}, cleared by
 * {@link #clear()}), and the CSV they are handed out in: {@code username,password[,email]}, or
 * {@code email,password} for GAM.
 *
 * <p>A password is taken only if it is unique in the run and its CSV cell is exactly the password wherever the file
 * is opened: it does not start with a character a spreadsheet takes as a formula ({@code = + - @}), and it is in
 * NFC (the form the store fingerprints). Other candidates are cleared and the generator asked again, up to
 * {@value #MAX_ATTEMPTS} times per person. Every other cell comes from the staff list and goes through
 * {@link CsvText#safe} and {@link CsvText#writer}; the password cell is written from its {@code char[]} with the same
 * RFC 4180 quoting (only when it holds a comma, quote or line break), never as a {@code String}.
 */
final class InitialPasswordRows {

    /** Candidates tried per person before giving up (each one already passes the whole policy). */
    static final int MAX_ATTEMPTS = 100;

    enum Layout {
        /** {@code username,password[,email]}: email when the staff list has it. */
        standard,
        /** {@code email,password}, as GAM's {@code gam csv FILE gam create user ~email password ~password} takes it. */
        gam
    }

    private final Layout layout;
    private final boolean withEmail;
    private final List<StaffList.Person> people = new ArrayList<>();
    private final List<char[]> passwords = new ArrayList<>();
    private final Set<CharBuffer> seen = new HashSet<>();

    InitialPasswordRows(Layout layout, boolean withEmail) {
        this.layout = layout;
        this.withEmail = withEmail;
    }

    /**
     * Asks {@code generator} for candidates until one is unique and spreadsheet-safe, keeps it for {@code person}
     * and returns it (the live array: the caller must not keep or clear it).
     *
     * @param generator a fresh candidate each call, owned by this object from then on
     * @throws IllegalStateException if no candidate in {@value #MAX_ATTEMPTS} is usable
     */
    char[] add(StaffList.Person person, Supplier<char[]> generator) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            char[] candidate = generator.get();
            if (usable(candidate) && seen.add(CharBuffer.wrap(candidate))) {
                people.add(person);
                passwords.add(candidate);
                return candidate;
            }
            Arrays.fill(candidate, '\0');
        }
        throw new IllegalStateException("no usable password for line " + person.line() + " in " + MAX_ATTEMPTS
                + " candidates (each must be unique in the run and not start with = + - @): lengthen the passwords");
    }

    private static boolean usable(char[] p) {
        return p.length > 0 && "=+-@".indexOf(p[0]) < 0 && Normalizer.isNormalized(CharBuffer.wrap(p),
                Normalizer.Form.NFC);
    }

    /** How many passwords are held. */
    int size() {
        return passwords.size();
    }

    /** Writes the header and one row per person to {@code out}; flushes, does not close. */
    void write(Writer out) throws IOException {
        out.write(layout == Layout.gam ? "email,password" : withEmail ? "username,password,email" : "username,password");
        out.write("\r\n");
        for (int i = 0; i < people.size(); i++) {
            StaffList.Person p = people.get(i);
            out.write(cell(layout == Layout.gam ? p.email() : p.username()));
            out.write(',');
            secret(out, passwords.get(i));
            if (layout == Layout.standard && withEmail) {
                out.write(',');
                out.write(cell(p.email()));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    /** One cell from the staff list, neutralised and quoted as {@link CsvText#writer} writes it. */
    static String cell(String value) {
        if (value.isEmpty()) {
            return "";
        }
        StringWriter w = new StringWriter();
        try {
            CsvText.writer(w).writeRecord(CsvText.safe(value)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String record = w.toString();
        return record.substring(0, record.length() - 2); // the CRLF that ends the one-cell record
    }

    /** The password cell: quoted (quotes doubled) only when it holds a comma, a quote or a line break. */
    static void secret(Writer out, char[] password) throws IOException {
        boolean quote = false;
        for (char c : password) {
            quote |= c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(password);
            return;
        }
        out.write('"');
        for (char c : password) {
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    /** Clears every password held. */
    void clear() {
        seen.clear();
        passwords.forEach(p -> Arrays.fill(p, '\0'));
        passwords.clear();
    }
}
