package org.passhygiene.generator;

/**
 * No password can be generated: the policy (or the options) make it impossible, found before anything is generated,
 * or no candidate passed the whole policy within {@link Generator#MAX_ATTEMPTS} attempts. The message names the
 * policy key or option and what to change; it never contains a password or any part of one.
 */
public class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message which rule or option stands in the way and what to change (never password material) */
    public GenerationException(String message) {
        super(message);
    }
}
