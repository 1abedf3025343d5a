package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passhygiene.messages.MessageBundle;

/**
 * Every finding code carries a "what to do" line ({@code finding.<CODE>.remedy} in the message bundle), shown in every
 * report format. A new FindingCode without its remedy key fails here.
 */
class FindingRemedyTest {

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyFindingCodeHasARemedy(FindingCode code) {
        assertThat(MessageBundle.forLabel("AUP").has("finding." + code.name() + ".remedy"))
                .as("Messages.properties key finding.%s.remedy", code.name()).isTrue();
        assertThat(code.remedy()).isNotBlank().doesNotContain("{").endsWith(".")
                .as("names who does the work first (IT support: …)").matches("[A-Z][^:.]{2,60}: [a-z].*");
    }

    @Test
    void lmHashRemedyNamesTheGroupPolicyAndTheReset() {
        assertThat(FindingCode.LM_HASH.remedy()).isEqualTo("IT support: turn on the group policy \"Network security: "
                + "Do not store LAN Manager hash value on next password change\", then reset the password (the LM hash "
                + "goes only when the password changes).");
        assertThat(FindingCode.PREAUTH_NOT_REQUIRED.remedy()).isEqualTo("IT support: clear \"Do not require Kerberos "
                + "preauthentication\" on the account, then reset the password (it may already have been cracked "
                + "offline).");
    }

    @Test
    void textHasAWhatToDoLineAfterEachGroup() throws IOException {
        String text = ReportFormatTest.render(ReportFormat.TEXT, ReportFormatTest.sample());
        assertThat(text).contains("\nHIGH SHARED_PASSWORD: <script>alert(1)</script>, =cmd|x — 2 people share one "
                + "password [group 0a1b2c3d]\n  What to do: " + ReportFormatTest.SHARED + "\n"
                + "MEDIUM DORMANT_ACCOUNT: tleaver — last sign-in 2025-09-01\n  What to do: " + ReportFormatTest.DORMANT
                + "\n");
    }

    @Test
    void htmlHasTheRemedyUnderEachCodeEscaped() throws IOException {
        String html = ReportFormatTest.render(ReportFormat.HTML, ReportFormatTest.sample());
        assertThat(html).contains("<h2 id=\"DORMANT_ACCOUNT\"><span class=\"sev\" style=\"background:#f9a825\">MEDIUM"
                + "</span> DORMANT_ACCOUNT (1)</h2>\n<p>Good practice: accounts no longer used are disabled</p>\n"
                + "<p class=\"remedy\"><strong>What to do:</strong> IT support with the office or HR: confirm whether "
                + "the person still needs the account; disable it if not (leavers&#39; accounts are disabled as soon "
                + "as they leave).</p>\n<table>\n");
    }
}
