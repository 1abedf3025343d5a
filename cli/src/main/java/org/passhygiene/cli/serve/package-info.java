/**
 * {@code passhygiene serve}: the policy and the breach ranges as a local HTTP service for the tools of a school that
 * are not Java (PowerShell provisioning, GAM, reset portals). {@link org.passhygiene.cli.serve.PasshygieneServer}
 * runs an embedded Jetty 12 server (core handlers, no servlets) with one handler that routes, authenticates (bearer
 * token, compared in constant time), rate-limits per client address and bounds every request body; the pieces it
 * routes to are one class each: {@code Range} (the Pwned Passwords range response shape, padding included) over a
 * {@code RangeSource} ({@code RangeDirectory}: a HIBP per-prefix directory; {@code BundledRanges}: the bundled
 * common-password list, the default), {@code CheckRequest}
 * (the JSON body of {@code POST /v1/check}, password read into a {@code char[]}), {@link
 * org.passhygiene.cli.serve.ResultJson} (the result shape shared with {@code check --format json}). No password, or
 * any part of one, reaches a log line, an error or a response.
 */
package org.passhygiene.cli.serve;
