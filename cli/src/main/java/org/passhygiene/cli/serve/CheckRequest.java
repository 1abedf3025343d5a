package org.passhygiene.cli.serve;

import java.io.IOException;
import java.util.Arrays;

import org.passhygiene.Account;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The body of {@code POST /v1/check}: {@code {"password","user","fullName","organisation","system","roles"}}, only
 * {@code password} required. The password is copied from the parser's own buffer into a {@code char[]} and never
 * becomes a {@code String}; {@link #close()} clears it (the caller also clears the request bytes). What jackson-core
 * keeps in its recycled buffers, and what Jetty keeps in its network buffers, are beyond our reach.
 *
 * <p>A body that is not such an object is a {@link BadRequest} whose message names the field or the position, never
 * a value: jackson's own messages quote the text they choke on ({@code Unrecognized token 'S3cret'}), so they are
 * not passed on.
 */
final class CheckRequest implements AutoCloseable {

    private char[] password;
    private final Account account;

    private CheckRequest(char[] password, Account account) {
        this.password = password;
        this.account = account;
    }

    /** A request the service rejects with 400; the message is safe to send and log. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    char[] password() {
        return password;
    }

    Account account() {
        return account;
    }

    @Override
    public void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /** Parses a body; the caller clears {@code body} afterwards. */
    static CheckRequest parse(byte[] body, int length) throws BadRequest {
        char[] password = null;
        AccountJson account = new AccountJson();
        try (JsonParser p = ResultJson.JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequest("the body must be a JSON object");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("password")) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new BadRequest("\"password\" must be a string");
                    }
                    if (password != null) {
                        throw new BadRequest("\"password\" is given twice");
                    }
                    password = Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(),
                            p.getTextOffset() + p.getTextLength());
                } else if (!account.read(p, field, value)) {
                    throw unknownField("password, " + AccountJson.FIELDS);
                }
            }
            if (p.nextToken() != null) {
                throw new BadRequest("text after the JSON object");
            }
        } catch (BadRequest e) {
            clear(password);
            throw e;
        } catch (IOException | RuntimeException e) {
            clear(password);
            throw malformed(e);
        }
        if (password == null) {
            throw new BadRequest("\"password\" is required");
        }
        return new CheckRequest(password, account.account());
    }

    /** An unknown field: its name is not repeated, it could be a password pasted in the wrong place. */
    static BadRequest unknownField(String known) {
        return new BadRequest("an unknown field (known: " + known + "); its name is not repeated, it could be a"
                + " password");
    }

    /** Jackson's own message quotes the text it choked on: only the position is passed on. */
    static BadRequest malformed(Exception e) {
        if (e instanceof JsonParseException j && j.getLocation() != null) {
            return new BadRequest("malformed JSON at line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr());
        }
        return new BadRequest("malformed JSON");
    }

    private static void clear(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
