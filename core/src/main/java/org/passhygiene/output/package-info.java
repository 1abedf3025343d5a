/**
 * Everything that leaves passhygiene as text or files: escaping of untrusted text (usernames, descriptions, file
 * contents) for terminal and plain-text output, and the one checked, atomic way to write an output path.
 */
package org.passhygiene.output;
