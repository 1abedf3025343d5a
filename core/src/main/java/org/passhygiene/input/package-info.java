/**
 * Reading untrusted text files within bounds: strict UTF-8 decoding that names the line of the first bad byte, shared
 * by the policy-file and term-calendar readers.
 */
package org.passhygiene.input;
