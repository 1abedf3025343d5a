package org.passhygiene.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passhygiene.messages.MessageBundle;
import org.passhygiene.rotation.ChangeInterval;

/**
 * Explains, clause by clause, where a policy departs from NIST SP 800-63B-4, Cyber Essentials v3.2, the DfE cyber
 * security standards for schools and colleges and NCSC guidance, citing each by document and section, with the safer
 * equivalent. The seed AUP departs on purpose in places (schools sign what their
 * trust wrote); the lint gives IT staff the facts to change it. The texts are in the message bundle
 * ({@code lint.<CODE>.*}); this class decides which apply.
 */
public final class PolicyLint {

    private PolicyLint() {
    }

    /** Every departure, most consequential first; empty when the policy meets them all. */
    public static List<LintFinding> lint(PolicySettings s) {
        Texts t = new Texts(MessageBundle.forLabel(s.clauseLabel()));
        List<LintFinding> out = new ArrayList<>();
        if (s.composition()) {
            List<String> keys = new ArrayList<>();
            if (s.requireLetter()) {
                keys.add("require-letter");
            }
            if (s.requireDigit()) {
                keys.add("require-digit");
            }
            if (s.requireSymbol()) {
                keys.add("require-symbol");
            }
            out.add(t.finding(LintCode.COMPOSITION_RULES, "", keys,
                    Map.of("classes", String.join(" + ", keys).replace("require-", ""))));
        }
        boolean privilegedExpiry = s.privilegedChange().kind() != ChangeInterval.Kind.NEVER;
        boolean staffExpiry = s.staffChange().kind() != ChangeInterval.Kind.NEVER;
        if (privilegedExpiry || staffExpiry) {
            List<String> keys = new ArrayList<>();
            Map<String, Object> p = new HashMap<>(Map.of("privileged", "", "separator", "", "staff", ""));
            if (privilegedExpiry) {
                keys.add("privileged-change");
                p.put("privileged", t.text(LintCode.PERIODIC_EXPIRY, "setting.privileged", Map.of("roles",
                        String.join("/", s.privilegedRoles().stream().sorted().toList()),
                        "interval", s.privilegedChange())));
            }
            if (staffExpiry) {
                keys.add("staff-change");
                if (privilegedExpiry) {
                    p.put("separator", t.text(LintCode.PERIODIC_EXPIRY, "setting.separator", Map.of()));
                }
                p.put("staff", t.text(LintCode.PERIODIC_EXPIRY, "setting.staff", Map.of("interval", s.staffChange())));
            }
            out.add(t.finding(LintCode.PERIODIC_EXPIRY, "", keys, p));
        }
        if (s.dictionaryMatch() == MatchMode.SUBSTRING) {
            out.add(t.finding(LintCode.SUBSTRING_DICTIONARY, "", List.of("dictionary-match"), Map.of()));
        }
        if (s.dictionaryMatch() == MatchMode.GUESSABLE) {
            out.add(t.finding(LintCode.GUESSABLE_DICTIONARY, "", List.of("dictionary-match"), Map.of(
                    "minWordLength", String.valueOf(s.minWordLength()),
                    "dictionaries", String.join(", ", s.dictionaries()),
                    "common", s.commonPasswords() > 0 ? t.text(LintCode.GUESSABLE_DICTIONARY, "setting.common",
                            Map.of("commonPasswords", Math.min(s.commonPasswords(), 100_000))) : "")));
        }
        int floor = s.mfa() ? 8 : 15;
        if (s.minLength() < floor || (!s.mfa() && s.minLength() < 12)) {
            out.add(t.finding(LintCode.SHORT_MINIMUM, s.mfa() ? "mfa." : "", List.of("min-length", "mfa"),
                    Map.of("minLength", String.valueOf(s.minLength()))));
        }
        if (s.maxLength() < 64) {
            out.add(t.finding(LintCode.SHORT_MAXIMUM, "", List.of("max-length"),
                    Map.of("maxLength", String.valueOf(s.maxLength()))));
        }
        if (s.commonPasswords() == 0) {
            out.add(t.finding(LintCode.NO_BLOCKLIST, "", List.of("common-passwords"), Map.of()));
        }
        if (s.contextMatch() == MatchMode.OFF) {
            out.add(t.finding(LintCode.NO_CONTEXT_WORDS, "", List.of("context-match"), Map.of()));
        }
        if (!s.oneSystem()) {
            out.add(t.finding(LintCode.REUSE_ALLOWED, "", List.of("one-system"), Map.of()));
        }
        return out;
    }

    /**
     * What the policy counts on that it cannot enforce itself, for the reader of the lint: not departures, so they
     * do not count against the policy. Today: with {@code mfa: true}, which accounts the DfE standards and Cyber
     * Essentials expect MFA on ({@code lint.note.mfa}).
     */
    public static List<String> notes(PolicySettings s) {
        MessageBundle bundle = MessageBundle.forLabel(s.clauseLabel());
        return s.mfa() ? List.of(bundle.text("lint.note.mfa")) : List.of();
    }

    /** The lint texts of the bundle: {@code lint.<CODE>.[<case>.]setting|guidance.<n>|safer}. */
    private record Texts(MessageBundle bundle) {

        String text(LintCode code, String key, Map<String, ?> params) {
            return bundle.text("lint." + code.name() + "." + key, params);
        }

        LintFinding finding(LintCode code, String variant, List<String> keys, Map<String, ?> params) {
            String base = "lint." + code.name() + "." + variant;
            return new LintFinding(code, keys, bundle.text(base + "setting", params),
                    bundle.texts(base + "guidance", params), bundle.text(base + "safer", params));
        }
    }
}
