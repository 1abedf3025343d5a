package org.passhygiene.passay;

import java.util.MissingResourceException;
import java.util.Objects;

import org.passay.RuleResultDetail;
import org.passay.resolver.MessageResolver;
import org.passay.resolver.PropertiesMessageResolver;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.ViolationCode;

/**
 * A Passay {@link MessageResolver} for a validator that mixes Passay's rules with passhygiene's
 * ({@code org.passhygiene.rules}): a detail whose error code is a {@link ViolationCode} name gets the en-GB message
 * and clause from passhygiene's message bundle, "Password must contain at least one number (AUP: numbers, letters
 * and symbols)"; any other code goes to the delegate, Passay's own {@link PropertiesMessageResolver} unless another
 * is given. {@code TOO_SHORT} and {@code TOO_LONG} are codes of Passay's {@code LengthRule}, which passhygiene's
 * policies use for their length clause, so they are resolved here too.
 *
 * <p>The messages resolved here never contain the password nor any part of it as written (passhygiene's rules never
 * put it in their parameters). The delegate's messages are its own: Passay's default texts for some rules (e.g.
 * {@code IllegalSequenceRule}, {@code DictionarySubstringRule}) quote the matched part of the password.
 * Immutable and thread-safe.
 */
public final class PolicyMessageResolver implements MessageResolver {

    /** The {@code clause-label} of the default policy (aup), for a resolver made without a policy. */
    public static final String DEFAULT_CLAUSE_LABEL = "AUP";

    private final String clauseLabel;
    private final MessageResolver delegate;

    private PolicyMessageResolver(String clauseLabel, MessageResolver delegate) {
        this.clauseLabel = Objects.requireNonNull(clauseLabel, "clauseLabel");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Clauses labelled with the default {@code clause-label} ("AUP"); other codes to Passay's own messages. */
    public static PolicyMessageResolver create() {
        return forLabel(DEFAULT_CLAUSE_LABEL);
    }

    /** Clauses labelled with this {@code clause-label}, e.g. "NIST"; other codes to Passay's own messages. */
    public static PolicyMessageResolver forLabel(String clauseLabel) {
        return new PolicyMessageResolver(clauseLabel, new PropertiesMessageResolver());
    }

    /** Clauses labelled with the policy's {@code clause-label}; other codes to Passay's own messages. */
    public static PolicyMessageResolver forPolicy(PasswordPolicy policy) {
        return forLabel(Objects.requireNonNull(policy, "policy").settings().clauseLabel());
    }

    /** This resolver with codes that are not passhygiene's resolved by {@code other} instead. */
    public PolicyMessageResolver delegatingTo(MessageResolver other) {
        return new PolicyMessageResolver(clauseLabel, other);
    }

    /** The {@code clause-label} the clauses of this resolver's messages start with. */
    public String clauseLabel() {
        return clauseLabel;
    }

    /**
     * The message of the detail: for the first of its error codes that is a {@link ViolationCode} name,
     * "Password " + the violation's message + " (" + its clause + ")"; else (also when the bundle has no text for
     * that code with these parameters) the delegate's message.
     */
    @Override
    public String resolve(RuleResultDetail detail) {
        Objects.requireNonNull(detail, "detail");
        for (String code : detail.getErrorCodes()) {
            if (isViolationCode(code)) {
                try {
                    Violation v = Violation.of(code, detail.getParameters(), clauseLabel);
                    return sentence(v.message()) + " (" + v.clause() + ")";
                } catch (MissingResourceException e) {
                    // Our code without the parameters our rules give it (e.g. CONTEXT_WORD without its source):
                    // no text of ours fits, so the delegate decides.
                    break;
                }
            }
        }
        return delegate.resolve(detail);
    }

    /** "Password must …"; a message about "your password on …" only gets its capital. */
    private static String sentence(String message) {
        if (message.startsWith("your ")) {
            return "Y" + message.substring(1);
        }
        return "Password " + message;
    }

    private static boolean isViolationCode(String code) {
        for (ViolationCode c : ViolationCode.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PolicyMessageResolver[" + clauseLabel + ", else " + delegate.getClass().getSimpleName() + "]";
    }
}
