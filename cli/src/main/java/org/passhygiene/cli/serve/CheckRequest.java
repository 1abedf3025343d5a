package org.passhygiene.cli.serve;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

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

    /** The most roles a request may name. */
    static final int MAX_ROLES = 64;

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
        String user = null;
        String fullName = null;
        String organisation = null;
        String system = null;
        Set<String> roles = Set.of();
        try (JsonParser p = ResultJson.JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequest("the body must be a JSON object");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "password" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new BadRequest("\"password\" must be a string");
                        }
                        if (password != null) {
                            Arrays.fill(password, '\0');
                            throw new BadRequest("\"password\" is given twice");
                        }
                        password = Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(),
                                p.getTextOffset() + p.getTextLength());
                    }
                    case "user" -> user = text(p, value, field);
                    case "fullName" -> fullName = text(p, value, field);
                    case "organisation" -> organisation = text(p, value, field);
                    case "system" -> system = text(p, value, field);
                    case "roles" -> roles = roles(p, value);
                    default -> throw new BadRequest("an unknown field (known: password, user, fullName, organisation,"
                            + " system, roles); its name is not repeated, it could be a password");
                }
            }
            if (p.nextToken() != null) {
                throw new BadRequest("text after the JSON object");
            }
        } catch (BadRequest e) {
            clear(password);
            throw e;
        } catch (JsonParseException e) {
            clear(password);
            throw new BadRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException | RuntimeException e) {
            clear(password);
            throw new BadRequest("malformed JSON");
        }
        if (password == null) {
            throw new BadRequest("\"password\" is required");
        }
        Account account = user == null || user.isBlank() ? Account.anonymous() : Account.of(user);
        if (fullName != null) {
            account = account.withFullName(fullName);
        }
        if (organisation != null) {
            account = account.withOrganisation(organisation);
        }
        if (system != null) {
            account = account.withSystem(system);
        }
        return new CheckRequest(password, account.withRoles(roles));
    }

    private static String text(JsonParser p, JsonToken value, String field) throws IOException, BadRequest {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new BadRequest("\"" + field + "\" must be a string");
        }
        return p.getText();
    }

    private static Set<String> roles(JsonParser p, JsonToken value) throws IOException, BadRequest {
        if (value == JsonToken.VALUE_NULL) {
            return Set.of();
        }
        if (value != JsonToken.START_ARRAY) {
            throw new BadRequest("\"roles\" must be an array of strings");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new BadRequest("\"roles\" must be an array of strings");
            }
            if (roles.size() == MAX_ROLES) {
                throw new BadRequest("\"roles\" names more than " + MAX_ROLES + " roles");
            }
            roles.add(p.getText());
        }
        return Set.copyOf(roles);
    }

    private static void clear(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
