/**
 * School term calendars and password rotation rules by role. A {@link org.passhygiene.rotation.TermCalendar}
 * says which term a date falls in (loaded by {@link org.passhygiene.rotation.TermCalendar#loadFile} from a per-school
 * YAML file or an iCalendar file, or the built-in approximate England pattern); a
 * {@link org.passhygiene.rotation.RotationPolicy} decides, from an account's roles and the date its password was last
 * set, whether a change is due and by when. {@link org.passhygiene.rotation.RotationService} is rotation's one home:
 * it holds the rules, the calendar, the school's time zone ({@code Europe/London}) and the clock, judges the rows a
 * credential store returns and serves status, the sign-in check and {@link org.passhygiene.rotation.ChangeDue} lists
 * to {@code PasswordPolicy}, the auditor and the command line. Periodic change is off by
 * default (NIST SP 800-63B and the NCSC advise against it); the {@code aup} rules turn it on, termly, for the roles
 * the school's Acceptable Use Policy names. Bad calendar files throw {@link org.passhygiene.rotation.CalendarException}
 * naming file:line, key, value and what is allowed.
 */
package org.passhygiene.rotation;
