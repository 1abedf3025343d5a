package org.passhygiene.cli.serve;

import java.io.IOException;
import java.util.Locale;

import org.passhygiene.Account;
import org.passhygiene.generator.GeneratorMode;
import org.passhygiene.generator.GeneratorOptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The body of {@code POST /v1/generate}: {@code {"mode":"random"|"passphrase","length","words","separator",
 * "capitalise"}} and the account fields of {@link AccountJson}; all optional (an empty object, or no body, is a random
 * password of the policy's default length for an anonymous account). Option values are checked by
 * {@link GeneratorOptions.Builder}, whose messages name the option and the allowed range.
 */
record GenerateRequest(GeneratorOptions options, Account account) {

    static GenerateRequest parse(byte[] body, int length) throws CheckRequest.BadRequest {
        if (length == 0) {
            return new GenerateRequest(GeneratorOptions.defaults(), Account.anonymous());
        }
        GeneratorOptions.Builder options = GeneratorOptions.builder();
        AccountJson account = new AccountJson();
        try (JsonParser p = ResultJson.JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CheckRequest.BadRequest("the body must be a JSON object");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "mode" -> options.mode(mode(p, value));
                    case "length" -> options.length(number(p, value, field));
                    case "words" -> options.words(number(p, value, field));
                    case "separator" -> {
                        if (value != JsonToken.VALUE_STRING || p.getTextLength() != 1) {
                            throw new CheckRequest.BadRequest("\"separator\" must be a string of one character");
                        }
                        options.separator(p.getText().charAt(0));
                    }
                    case "capitalise" -> {
                        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                            throw new CheckRequest.BadRequest("\"capitalise\" must be true or false");
                        }
                        options.capitalise(value == JsonToken.VALUE_TRUE);
                    }
                    default -> {
                        if (!account.read(p, field, value)) {
                            throw CheckRequest.unknownField("mode, length, words, separator, capitalise, "
                                    + AccountJson.FIELDS);
                        }
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new CheckRequest.BadRequest("text after the JSON object");
            }
            return new GenerateRequest(options.build(), account.account());
        } catch (CheckRequest.BadRequest e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CheckRequest.BadRequest(e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw CheckRequest.malformed(e);
        }
    }

    private static GeneratorMode mode(JsonParser p, JsonToken value) throws IOException, CheckRequest.BadRequest {
        if (value == JsonToken.VALUE_STRING) {
            switch (p.getText().toLowerCase(Locale.ROOT)) {
                case "random" -> {
                    return GeneratorMode.RANDOM;
                }
                case "passphrase" -> {
                    return GeneratorMode.PASSPHRASE;
                }
                default -> { }
            }
        }
        throw new CheckRequest.BadRequest("\"mode\" must be \"random\" or \"passphrase\"");
    }

    private static int number(JsonParser p, JsonToken value, String field) throws IOException,
            CheckRequest.BadRequest {
        if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new CheckRequest.BadRequest("\"" + field + "\" must be a whole number");
        }
        return p.getIntValue();
    }
}
