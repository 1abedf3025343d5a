package org.passhygiene.cli;

import java.nio.file.Path;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.policy.Presets;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** --preset NAME or --policy FILE (not both); neither means the {@code aup} preset. */
final class PolicyOptionsMixin {

    static final class Choice {
        @Option(names = "--preset", paramLabel = "NAME",
                description = "Built-in policy: aup (default), ncsc or nist.")
        String preset;

        @Option(names = "--policy", paramLabel = "FILE", description = "YAML policy file (see 'policy init').")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** The chosen policy's builder; throws PolicyException (exit 3) for a bad file or preset name. */
    PasswordPolicy.Builder builder() {
        return PasswordPolicy.builder(settings());
    }

    /** The chosen policy's settings; throws PolicyException (exit 3) for a bad file or preset name. */
    PolicySettings settings() {
        if (choice != null && choice.file != null) {
            return PolicyFile.read(choice.file);
        }
        return Presets.settings(choice != null && choice.preset != null ? choice.preset
                : PasswordPolicy.DEFAULT_PRESET);
    }

    /** The --policy file, or null: an input no output may replace. */
    Path file() {
        return choice != null ? choice.file : null;
    }

    PasswordPolicy policy() {
        return builder().build();
    }
}
