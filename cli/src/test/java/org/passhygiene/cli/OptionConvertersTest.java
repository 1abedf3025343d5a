package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue #12: typed options are parsed by picocli converters, so a bad value is a usage error (exit 2) before any
 * work, worded as the parser words it, without the value (it could be a password typed in the wrong place).
 */
class OptionConvertersTest {

    private static String err(String... args) {
        CliRun r = CliRun.run("", args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        return r.err();
    }

    @Test
    void auditValuesAreParsedWithTheParsersWordingButNotTheValue() {
        assertThat(err("audit", "--report", "Tr0ub4dor&3", "x.csv")).isEqualTo("passhygiene: unknown report format "
                + "(value not shown); formats: text, json, csv, html\nTry 'passhygiene audit --help'.\n");
        assertThat(err("audit", "--fail-on", "Tr0ub4dor&3", "x.csv")).startsWith("passhygiene: unknown severity "
                + "(value not shown); severities: CRITICAL, HIGH, MEDIUM, LOW\n");
        assertThat(err("audit", "--format-in", "Tr0ub4dor&3", "x.csv")).startsWith("passhygiene: unknown export "
                + "format (value not shown); formats: ad, google, ");
        assertThat(err("audit", "--columns", "Tr0ub4dor&3", "x.csv")).startsWith("passhygiene: column mapping "
                + "(value not shown) is not key=COLUMN; keys: ");
        assertThat(err("audit", "--date-order", "Tr0ub4dor&3", "x.csv")).startsWith("passhygiene: date order: must "
                + "be dmy, mdy or ymd\n");
    }

    @Test
    void valuesAreCheckedBeforeAnyFileIsRead() {
        // x.csv does not exist: the option is refused first (exit 2), not the file (exit 4).
        assertThat(err("audit", "--report", "pdf", "x.csv")).startsWith("passhygiene: unknown report format");
        assertThat(err("audit", "--columns", "username=Login,username=User", "x.csv")).startsWith(
                "passhygiene: column mapping key (value not shown) given twice\n");
    }

    @Test
    void goodValuesInAnyCaseStillParse() {
        assertThat(new OptionConverters.Severities().convert(" high ")).hasToString("HIGH");
        assertThat(new OptionConverters.ReportFormats().convert("HTML")).hasToString("HTML");
        assertThat(new OptionConverters.ExportFormats().convert("M365")).hasToString("m365");
        assertThat(OptionConverters.PrivilegedGroup.parse("Domain Admins"))
                .isEqualTo(new OptionConverters.PrivilegedGroup("Domain Admins", "Domain Admins", "domain-admins"));
        assertThat(OptionConverters.PrivilegedGroup.parse(" IT=Staff=it ").role()).isEqualTo("it ");
    }

    @Test
    void aMessageThatWouldStillShowTheValueIsReplacedByTheGenericOne() {
        assertThat(ParameterMessages.conversionError("date order: must be dmy, mdy or ymd", "must be dmy"))
                .isNotInstanceOf(ParameterMessages.VettedConversionException.class).hasMessage(null);
        assertThat(ParameterMessages.conversionError("date order: must be dmy, mdy or ymd", "dm"))
                .isInstanceOf(ParameterMessages.VettedConversionException.class)
                .hasMessage("date order: must be dmy, mdy or ymd");
        assertThat(ParameterMessages.conversionError("unknown report format 'a\\u001bb'; formats: text", "A\u001bB"))
                .hasMessage("unknown report format (value not shown); formats: text");
        assertThat(err("audit", "--date-order", "must be dmy", "x.csv")).isEqualTo("passhygiene: invalid value for "
                + "option --date-order (value not shown): expected one of DMY, MDY, YMD\nTry 'passhygiene audit "
                + "--help'.\n");
    }
}
