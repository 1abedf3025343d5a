package org.passhygiene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package architecture of core (issue #12, the lead's decisions): packages in a fixed order from bottom to top,
 * each using only packages below it; no cycles between packages, the root package counting as one; core never uses
 * the cli module, picocli or JMH.
 *
 * <p>The rules tagged {@value #AFTER_12} ({@link #packagesHaveNoCycles}, {@link #eachPackageUsesOnlyPackagesBelowIt})
 * fail on main as it was when #12 started and pass once #12's branches are merged; while one of those branches is
 * alone, {@code -DexcludedGroups=after-12} skips exactly these two.
 */
@AnalyzeClasses(packages = "org.passhygiene",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** Tag of the rules that pass only after #12's refactoring. */
    static final String AFTER_12 = "after-12";

    private static final String ROOT = "org.passhygiene";

    /**
     * Bottom to top; a package may use only packages on earlier lines (not its neighbours on the same line). The
     * empty name is the root package ({@code PasswordPolicy}, {@code Account}, {@code CheckResult}, ...).
     */
    static final List<List<String>> LEVELS = List.of(
            List.of("input"),
            List.of("output"),
            List.of("crypto"),
            List.of("breach", "dictionary", "messages"),
            List.of("store"),
            List.of("rotation"),
            List.of("policy"),
            List.of("rules"),
            List.of("generator"),
            List.of(""),
            List.of("audit", "validation", "passay"));

    /** Each {@code org.passhygiene.X} package (with its subpackages) is slice X; the root package is a slice too. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("org.passhygiene (root)");
            }
            if (name.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(ROOT + "." + name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "org.passhygiene and each org.passhygiene.* package";
        }
    };

    @ArchTest
    static final ArchRule coreNeverUsesTheCli = noClasses().that().resideInAPackage(ROOT + "..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", "picocli..", "org.openjdk.jmh..")
            .because("dependencies point inward: cli and benchmarks use core, never the reverse (STYLE.md 1)");

    @ArchTest
    static final ArchRule everyPackageHasAPlaceInTheOrder = classes().that().resideInAPackage(ROOT + "..")
            .should().resideInAnyPackage(allPackages())
            .because("a new package gets its place in ArchitectureTest.LEVELS (and ARCH12's order) when it is made");

    @ArchTag(AFTER_12)
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @ArchTag(AFTER_12)
    @ArchTest
    static final ArchRule eachPackageUsesOnlyPackagesBelowIt = layering();

    private static LayeredArchitecture layering() {
        LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (List<String> level : LEVELS) {
            for (String name : level) {
                layers = layers.layer(layerName(name)).definedBy(packageOf(name));
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> level : LEVELS) {
            for (String name : level) {
                layers = below.isEmpty() ? layers.whereLayer(layerName(name)).mayNotAccessAnyLayer()
                        : layers.whereLayer(layerName(name)).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            level.forEach(name -> below.add(layerName(name)));
        }
        return layers;
    }

    private static String layerName(String name) {
        return name.isEmpty() ? "root" : name;
    }

    private static String packageOf(String name) {
        return name.isEmpty() ? ROOT : ROOT + "." + name + "..";
    }

    private static String[] allPackages() {
        return LEVELS.stream().flatMap(List::stream).map(ArchitectureTest::packageOf).toArray(String[]::new);
    }
}
