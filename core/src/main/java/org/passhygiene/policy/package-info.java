/**
 * The policy model: the {@link org.passhygiene.policy.PolicyKey} table (every kebab-case key, the kind of value it
 * takes and what it allows, its {@code aup} default and meaning), the validated
 * {@link org.passhygiene.policy.PolicySettings} built only through a {@link org.passhygiene.policy.SettingsBuilder},
 * the built-in presets ({@code aup}, {@code ncsc}, {@code nist}) as overrides of the table's defaults, the YAML
 * reader that turns a school's file into settings with file:line errors
 * ({@link org.passhygiene.policy.PolicyException}), and the guidance lint that explains where a policy departs from NIST, NCSC and Cyber Essentials. Uses no class of
 * the root package.
 */
package org.passhygiene.policy;
