package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The public API of core, one line per public or protected type and member of its main classes, sorted, compared with
 * the committed {@code core/api/passhygiene-core.api}: every change to what embedders can see shows up as a diff of
 * that file in review (issue #12: "japicmp or equal"; the pom says why not japicmp). A difference fails with the
 * added and removed lines; when the change is intended, accept it with
 * <pre>./mvnw -o -q -B -pl core -am test -Dtest=ApiSurfaceTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true</pre>
 * and commit the rewritten file.
 */
class ApiSurfaceTest {

    static final String UPDATE_PROPERTY = "api.update";
    static final String HEADER = """
            # The public API of passhygiene-core: every public/protected type and member of core's main classes.
            # Checked by core/src/test/java/org/passhygiene/ApiSurfaceTest.java. After an intended API change run
            #   ./mvnw -o -q -B -pl core -am test -Dtest=ApiSurfaceTest -Dsurefire.failIfNoSpecifiedTests=false \
            -Dapi.update=true
            # and commit this file with the change, so the diff shows what embedders gain and lose.
            """;

    @Test
    void publicApiMatchesTheCommittedFile() throws IOException, URISyntaxException {
        Path committed = apiFile();
        List<String> actual = surface(mainClasses());
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, HEADER + String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(committed).as("%s is missing: create it with -D%s=true (see ApiSurfaceTest)", committed,
                UPDATE_PROPERTY).exists();
        List<String> expected = Files.readAllLines(committed, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        String diff = diff(expected, actual);
        if (!diff.isEmpty()) {
            fail("""
                    the public API of core changed (+ added, - removed, compared with %s):
                    %s\
                    If intended, accept it with
                      ./mvnw -o -q -B -pl core -am test -Dtest=ApiSurfaceTest \
                    -Dsurefire.failIfNoSpecifiedTests=false -D%s=true
                    and commit the file; otherwise make the new types/members package-private again."""
                    .formatted(committed, diff, UPDATE_PROPERTY));
        }
    }

    @Test
    void theSurfaceListsPublicTypesAndMembersOnly() throws ClassNotFoundException {
        Class<?> mapped = Class.forName("org.passhygiene.breach.MappedFile"); // package-private class
        List<String> lines = surface(List.of(org.passhygiene.breach.BreachIndex.class, mapped, Nested.class));
        assertThat(lines).contains(
                "public final class org.passhygiene.breach.BreachIndex implements java.lang.AutoCloseable",
                "  public org.passhygiene.breach.BreachResult "
                        + "org.passhygiene.breach.BreachIndex.check(char[])",
                "  public static org.passhygiene.breach.BreachIndex "
                        + "org.passhygiene.breach.BreachIndex.open(java.nio.file.Path) throws java.io.IOException");
        assertThat(lines).noneMatch(line -> line.contains("MappedFile") || line.contains(".share()")
                || line.contains("Nested"));
        assertThat(lines.get(0)).startsWith("public final class org.passhygiene.breach.BreachIndex");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("  ")).isSorted();
    }

    /** Public, but inside a package-private class: not nameable from outside, not API. */
    public static final class Nested {
        public void shown() {
        }
    }

    @Test
    void theDiffNamesAddedAndRemovedLines() {
        assertThat(diff(List.of("a", "b"), List.of("b", "c"))).isEqualTo("+ c\n- a\n");
        assertThat(diff(List.of("a"), List.of("a"))).isEmpty();
    }

    static String diff(List<String> expected, List<String> actual) {
        Set<String> was = new LinkedHashSet<>(expected);
        Set<String> now = new LinkedHashSet<>(actual);
        StringBuilder out = new StringBuilder();
        now.stream().filter(line -> !was.contains(line)).forEach(line -> out.append("+ ").append(line.strip()).append('\n'));
        was.stream().filter(line -> !now.contains(line)).forEach(line -> out.append("- ").append(line.strip()).append('\n'));
        return out.toString();
    }

    static Path apiFile() {
        return Path.of(System.getProperty("basedir", ".")).resolve("api/passhygiene-core.api");
    }

    /** Every class compiled from core's src/main (found next to PasswordPolicy.class). */
    static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
        Path root = Path.of(PasswordPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(file + ": " + e, e);
                }
            }
        }
        return classes;
    }

    /**
     * The surface of {@code classes}: per visible type, sorted by name, a line with its declaration (modifiers, kind,
     * name, supertypes) followed by its visible members, one indented line each, sorted.
     */
    static List<String> surface(List<Class<?>> classes) {
        Map<String, Set<String>> types = new TreeMap<>();
        for (Class<?> type : classes) {
            if (!visible(type)) {
                continue;
            }
            Set<String> members = new TreeSet<>();
            for (Field f : type.getDeclaredFields()) {
                if (member(f)) {
                    members.add(f.toGenericString());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (member(c)) {
                    members.add(c.toGenericString());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (member(m) && !m.isBridge()) {
                    members.add(m.toGenericString());
                }
            }
            Set<String> lines = new LinkedHashSet<>();
            lines.add(typeLine(type));
            members.forEach(m -> lines.add("  " + m));
            types.put(type.getName(), lines);
        }
        return types.values().stream().flatMap(Set::stream).toList();
    }

    /** A type embedders can name: public or protected, and so is every type it is nested in. */
    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
                    || (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean member(Member m) {
        return !m.isSynthetic() && (m.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
    }

    private static String typeLine(Class<?> type) {
        int modifiers = type.getModifiers() & (type.isInterface() ? ~(Modifier.ABSTRACT | Modifier.INTERFACE)
                : ~0);
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers)).append(' ').append(kind).append(' ')
                .append(type.getName());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return line.toString().strip();
    }
}
