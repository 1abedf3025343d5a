package org.passhygiene.cli.serve;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.passhygiene.Account;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The account fields a request body may carry ({@code user}, {@code fullName}, {@code organisation}, {@code system},
 * {@code roles}), read one field at a time by the body's own parser ({@link CheckRequest}, {@link GenerateRequest}).
 */
final class AccountJson {

    /** The most roles a request may name. */
    static final int MAX_ROLES = 64;
    static final String FIELDS = "user, fullName, organisation, system, roles";

    private String user;
    private String fullName;
    private String organisation;
    private String system;
    private Set<String> roles = Set.of();

    /** Reads {@code field} if it is an account field (the parser is on its value); false for any other field. */
    boolean read(JsonParser p, String field, JsonToken value) throws IOException, CheckRequest.BadRequest {
        switch (field) {
            case "user" -> user = text(p, value, field);
            case "fullName" -> fullName = text(p, value, field);
            case "organisation" -> organisation = text(p, value, field);
            case "system" -> system = text(p, value, field);
            case "roles" -> roles = roles(p, value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The account the fields describe; fields not given are left out. */
    Account account() {
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
        return account.withRoles(roles);
    }

    private static String text(JsonParser p, JsonToken value, String field) throws IOException,
            CheckRequest.BadRequest {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new CheckRequest.BadRequest("\"" + field + "\" must be a string");
        }
        return p.getText();
    }

    private static Set<String> roles(JsonParser p, JsonToken value) throws IOException, CheckRequest.BadRequest {
        if (value == JsonToken.VALUE_NULL) {
            return Set.of();
        }
        if (value != JsonToken.START_ARRAY) {
            throw new CheckRequest.BadRequest("\"roles\" must be an array of strings");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new CheckRequest.BadRequest("\"roles\" must be an array of strings");
            }
            if (roles.size() == MAX_ROLES) {
                throw new CheckRequest.BadRequest("\"roles\" names more than " + MAX_ROLES + " roles");
            }
            roles.add(p.getText());
        }
        return Set.copyOf(roles);
    }
}
