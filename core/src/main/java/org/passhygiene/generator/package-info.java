/**
 * Password generation: random passwords and passphrases that pass the whole policy for an account. Start from
 * {@link org.passhygiene.PasswordPolicy#generate(org.passhygiene.Account, GeneratorOptions)}; this package holds its
 * options ({@link org.passhygiene.generator.GeneratorOptions}, {@link org.passhygiene.generator.GeneratorMode}), its
 * result ({@link org.passhygiene.generator.GeneratedPassword}, which clears its array on close) and its one failure
 * ({@link org.passhygiene.generator.GenerationException}: a policy no generator can meet, found before anything is
 * generated, or a bound of regenerations exhausted). {@link org.passhygiene.generator.Generator} is the machinery
 * behind the root package's method: it draws uniformly with the options' {@code RandomGenerator} (a
 * {@code SecureRandom} by default, {@code nextInt(bound)}, no modulo bias) and asks a
 * {@link org.passhygiene.generator.CandidateCheck} (the policy's own check) to judge each candidate. Uses
 * {@code policy} (the settings) and {@code dictionary} (the shipped EFF long list and the dictionary finder), never
 * the root package.
 */
package org.passhygiene.generator;
