package org.passhygiene.validation;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicyException;

/**
 * Where {@link PolicyCompliant} and {@link PolicyCompliantAccount} find their policy: set once at start-up (e.g. in a
 * Spring {@code @Bean} method that builds the application's {@link PasswordPolicy}), read by every validation.
 *
 * <p>A constraint's {@code policy} attribute is looked up as: a name given to {@link #register}; else a preset name
 * ({@link PasswordPolicy#preset(String)}, built once and kept); the empty name is the policy given to
 * {@link #setDefault}, else {@link PasswordPolicy#defaults()}. Thread-safe. Policies given here stay the caller's
 * to close; presets built here are kept for the life of the process.
 */
public final class ValidationPolicies {

    private static final Map<String, PasswordPolicy> REGISTERED = new ConcurrentHashMap<>();
    private static final Map<String, PasswordPolicy> PRESETS = new ConcurrentHashMap<>();
    private static volatile PasswordPolicy defaultPolicy;

    private ValidationPolicies() {
    }

    /** The policy for constraints without a {@code policy} attribute. */
    public static void setDefault(PasswordPolicy policy) {
        defaultPolicy = Objects.requireNonNull(policy, "policy");
    }

    /** The policy for constraints with {@code policy = name}; replaces an earlier one under that name. */
    public static void register(String name, PasswordPolicy policy) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the empty name is the default policy: use setDefault");
        }
        REGISTERED.put(name, Objects.requireNonNull(policy, "policy"));
    }

    /** Forgets the default and every registered policy (tests, application shutdown). */
    public static void clear() {
        defaultPolicy = null;
        REGISTERED.clear();
    }

    /**
     * The policy for a constraint's {@code policy} attribute.
     *
     * @throws PolicyException if the name is neither registered nor a preset
     */
    public static PasswordPolicy lookup(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            PasswordPolicy d = defaultPolicy;
            return d != null ? d : PRESETS.computeIfAbsent(PasswordPolicy.DEFAULT_PRESET, n -> PasswordPolicy.defaults());
        }
        PasswordPolicy registered = REGISTERED.get(name);
        return registered != null ? registered : PRESETS.computeIfAbsent(name, PasswordPolicy::preset);
    }
}
