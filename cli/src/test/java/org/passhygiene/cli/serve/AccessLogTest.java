package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What of a request's path reaches an access log line: only what cannot hold a password. */
class AccessLogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "/range/5baa6        | null               | /range/5BAA6",
        "/range/5BAA6        | mode=ntlm          | /range/5BAA6?mode=ntlm",
        "/range/5BAA6        | mode=NTLM&x=secret | /range/5BAA6?mode=ntlm",
        "/range/5BAA6        | x=secret           | /range/5BAA6",
        "/range/secret       | null               | (other)",
        "/range/5BAA61       | null               | (other)",
        "/v1/check           | password=secret    | /v1/check",
        "/v1/generate        | null               | /v1/generate",
        "/v1/policy          | secret             | /v1/policy",
        "/healthz            | null               | /healthz",
        "/v1/check/secret    | null               | (other)",
        "/secret             | null               | (other)"})
    void routes(String path, String query, String logged) {
        assertThat(AccessLog.route(path, query)).isEqualTo(logged);
    }
}
