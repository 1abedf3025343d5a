package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The format registry ({@link ExportFormat}'s layouts): one detection order, no two formats tied in it. */
class ExportFormatRegistryTest {

    @Test
    void everyFormatButGenericHasItsOwnPlaceInTheDetectionOrder() {
        List<Integer> precedences = Arrays.stream(ExportFormat.values())
                .filter(f -> f != ExportFormat.GENERIC).map(f -> f.layout().precedence()).toList();
        assertThat(precedences).doesNotContain(ExportLayout.NEVER).doesNotHaveDuplicates();
        assertThat(ExportFormat.GENERIC.layout().precedence()).isEqualTo(ExportLayout.NEVER);
    }

    @Test
    void dumpsAreTriedBeforeHeadersAndDirectoriesBeforePasswordManagers() {
        // a header naming SamAccountName and a password manager's columns is Active Directory's
        assertThat(ExportReader.detect(List.of("SamAccountName,url,username,password,httpRealm")))
                .isEqualTo(ExportFormat.AD);
        // LastPass's columns plus Firefox's httpRealm: LastPass comes first
        assertThat(ExportReader.detect(List.of("url,username,password,extra,name,grouping,httpRealm")))
                .isEqualTo(ExportFormat.LASTPASS);
        // KeePassXC's columns plus 1Password's Tags: KeePassXC comes first
        assertThat(ExportReader.detect(List.of("Group,Title,Username,Password,URL,Tags")))
                .isEqualTo(ExportFormat.KEEPASSXC);
        assertThat(ExportReader.detect(List.of("#TYPE x", "Administrator:500:aad3b435b51404eeaad3b435b51404ee:"
                + "31d6cfe0d16ae931b73c59d7e0c089c0:::"))).isEqualTo(ExportFormat.SECRETSDUMP);
        assertThat(PasswordManagerLayouts.covers(ExportFormat.CHROME)).isTrue();
        assertThat(PasswordManagerLayouts.covers(ExportFormat.AD)).isFalse();
    }
}
