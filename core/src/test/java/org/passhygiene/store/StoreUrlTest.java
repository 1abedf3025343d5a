package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StoreUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // user info in the authority
        "jdbc:postgresql://admin:SECRET@host/db|jdbc:postgresql://admin:***@host/db",
        "jdbc:postgresql://admin:SECRET@host:5432/db?currentSchema=x"
            + "|jdbc:postgresql://admin:***@host:5432/db?currentSchema=x",
        "jdbc:postgresql://admin:p@ss:w@rd@host/db|jdbc:postgresql://admin:***@host/db",
        "jdbc:postgresql://admin@host/db|jdbc:postgresql://admin@host/db",
        "jdbc:postgresql://admin:SECRET@/db|jdbc:postgresql://admin:***@/db",
        // several hosts: user info in any of them, a comma inside a password
        "jdbc:postgresql://127.0.0.1:1,admin:SECRET@127.0.0.2:1/db|jdbc:postgresql://127.0.0.1:1,admin:***@127.0.0.2:1/db",
        "jdbc:postgresql://a:SECRET@h1:1,b:SECRET@h2:2/db|jdbc:postgresql://a:***@h1:1,b:***@h2:2/db",
        "jdbc:postgresql://admin:SEC,RET@h/db|jdbc:postgresql://admin:***@h/db",
        "jdbc:postgresql://h1:1,h2:2/db|jdbc:postgresql://h1:1,h2:2/db",
        // query parameters, any case, any position
        "jdbc:postgresql://host/db?password=SECRET|jdbc:postgresql://host/db?password=***",
        "jdbc:postgresql://host/db?user=a&PASSWORD=SECRET&ssl=true"
            + "|jdbc:postgresql://host/db?user=a&PASSWORD=***&ssl=true",
        "jdbc:postgresql://host/db?sslpassword=SECRET&sslkey=/k/key.pk8"
            + "|jdbc:postgresql://host/db?sslpassword=***&sslkey=***",
        "jdbc:postgresql://host/db?Pwd=SECRET|jdbc:postgresql://host/db?Pwd=***",
        "jdbc:postgresql://host/db?currentSchema=s&password=SECRET#frag"
            + "|jdbc:postgresql://host/db?currentSchema=s&password=***#frag",
        // ;-separated properties (SQL Server style), before or after a query string
        "jdbc:sqlserver://host:1433;databaseName=x;password=SECRET;user=sa"
            + "|jdbc:sqlserver://host:1433;databaseName=x;password=***;user=sa",
        // a value runs to the next &, ; or # (a ? may be part of a password)
        "jdbc:postgresql://host/db;pwd=SECRET?a=1|jdbc:postgresql://host/db;pwd=***",
        // SQLite: nothing secret in a path; SQLCipher keys in the query
        "jdbc:sqlite:/var/lib/a@b/store.db|jdbc:sqlite:/var/lib/a@b/store.db",
        "jdbc:sqlite:file:/x.db?key=SECRET|jdbc:sqlite:file:/x.db?key=***",
        // everything at once
        "jdbc:postgresql://u:S1@h/db?password=S2;sslpassword=S3"
            + "|jdbc:postgresql://u:***@h/db?password=***;sslpassword=***",
    })
    void redactsEveryPosition(String url, String expected) {
        assertThat(StoreUrl.redact(url)).isEqualTo(expected).doesNotContain("SECRET");
    }

    @Test
    void messagesLoseTheSecretsWrittenOrDecoded() {
        String url = "jdbc:postgresql://admin:S%40cret@host/db?password=Other%20One";
        SQLException driver = new SQLException("No suitable driver found for " + url
                + " (tried admin:S@cret, Other One)");
        String m = StoreUrl.redactMessage(driver.getMessage(), url);
        assertThat(m).isEqualTo("No suitable driver found for jdbc:postgresql://admin:***@host/db?password=***"
                + " (tried admin:***, ***)");
        assertThat(StoreUrl.redactMessage("auth failed for pw hunter2", "jdbc:postgresql://h/db", "hunter2"))
                .isEqualTo("auth failed for pw ***");
        assertThat(StoreUrl.redactMessage(null, url)).isEmpty();
    }

    @Test
    void driverMessagesAboutOneHostLoseItsPassword() {
        String url = "jdbc:postgresql://127.0.0.1:1,admin:SECRET@127.0.0.2:1/db";
        assertThat(StoreUrl.redactMessage("java.net.UnknownHostException: admin:SECRET@127.0.0.2", url))
                .isEqualTo("java.net.UnknownHostException: admin:***@127.0.0.2");
        assertThat(StoreUrl.redactMessage("JDBC URL invalid port number: SECRET@", "jdbc:postgresql://admin:SECRET@/db"))
                .isEqualTo("JDBC URL invalid port number: ***@");
        assertThat(StoreUrl.redactMessage("unknown host SEC or RET@h", "jdbc:postgresql://admin:SEC,RET@h/db"))
                .doesNotContain("SEC").doesNotContain("RET");
    }

    @Test
    void redactedCauseKeepsTheTraceNotTheSecret() {
        String url = "jdbc:postgresql://admin:SECRET@host/db";
        SQLException e = new SQLException("cannot connect to " + url, new IllegalStateException("SECRET again"));
        RedactedCause c = RedactedCause.of(e, url);
        assertThat(c.getMessage()).isEqualTo("java.sql.SQLException: cannot connect to"
                + " jdbc:postgresql://admin:***@host/db");
        assertThat(c.getCause().getMessage()).isEqualTo("java.lang.IllegalStateException: *** again");
        assertThat(c.getStackTrace()).isEqualTo(e.getStackTrace());
    }
}
