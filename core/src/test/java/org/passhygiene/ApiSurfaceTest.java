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
 * that file in review (issue #12: "japicmp or equal"; the pom says why not japicmp). The file has two sections: the
 * <b>embedding API</b> (types and members: what users embed, with a compatibility promise) and the <b>internal</b>
 * types (names only: public because the CLI or another core package needs them; see {@link #INTERNAL_PACKAGES} and
 * {@link #INTERNAL_TYPES}), so review of an API change looks at the first section. A difference fails with the
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
    static final String API_SECTION = """

            # ==== Embedding API: what users embed (compatibility promise); every public/protected type and member ====
            """;
    static final String INTERNAL_SECTION = """

            # ==== Internal: public only for the passhygiene CLI and other passhygiene packages; no compatibility ====
            # ==== promise. Type names only (a new public type still shows here); members are not listed.        ====
            """;

    /**
     * Packages whose public types are internal: they are public only because another core package or the CLI uses
     * them (Java has no narrower access across packages). Each says so in its package-info and class javadoc.
     */
    static final Set<String> INTERNAL_PACKAGES = Set.of("org.passhygiene.input", "org.passhygiene.output",
            "org.passhygiene.messages", "org.passhygiene.crypto", "org.passhygiene.dictionary");

    /** Internal types inside embedding-API packages (each says so in its class javadoc). */
    static final Set<String> INTERNAL_TYPES = Set.of("org.passhygiene.breach.BreachIndexes",
            "org.passhygiene.breach.CommonPasswordsIndex", "org.passhygiene.store.StoreNames",
            "org.passhygiene.store.StoreUrl", "org.passhygiene.audit.WeakHashes",
            "org.passhygiene.generator.Generator", "org.passhygiene.generator.CandidateCheck");

    /**
     * Internal types an embedding-API signature may name, and why. Any other internal type in an API signature fails
     * {@link #apiSignaturesNameOnlyPublicApiTypes}: the API would leak an internal without saying so.
     */
    static final Map<String, String> INTERNAL_IN_API = Map.of(
            "org.passhygiene.output.OutputTarget", "ReportFormat.writeFile(report, OutputTarget, wrapper): the CLI's "
                    + "checked output path; embedders use writeFile(report, Path, wrapper)");

    @Test
    void publicApiMatchesTheCommittedFile() throws IOException, URISyntaxException {
        Path committed = apiFile();
        List<Class<?>> classes = mainClasses();
        List<String> api = surface(classes.stream().filter(c -> !internal(c)).toList());
        List<String> internal = surface(classes.stream().filter(ApiSurfaceTest::internal).toList()).stream()
                .filter(line -> !line.startsWith(" ")).toList();
        List<String> actual = new ArrayList<>(api);
        actual.addAll(internal);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, HEADER + API_SECTION + String.join("\n", api) + "\n" + INTERNAL_SECTION
                    + String.join("\n", internal) + "\n", StandardCharsets.UTF_8);
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

    /**
     * Every type an embedding-API signature names (supertypes, fields, parameters, results, exceptions) is public
     * itself, and is API too unless listed in {@link #INTERNAL_IN_API}: an embedder can call every API member, and the
     * API does not quietly hand out internals.
     */
    @Test
    void apiSignaturesNameOnlyPublicApiTypes() throws IOException, URISyntaxException {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            if (!visible(type) || internal(type)) {
                continue;
            }
            Map<String, List<Type>> named = new TreeMap<>();
            named.put(type.getName() + " (supertypes)", new ArrayList<>(Arrays.asList(type.getGenericInterfaces())));
            if (type.getGenericSuperclass() != null) {
                named.get(type.getName() + " (supertypes)").add(type.getGenericSuperclass());
            }
            for (Field f : type.getDeclaredFields()) {
                if (member(f)) {
                    named.put(f.toGenericString(), List.of(f.getGenericType()));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (member(m) && !m.isBridge()) {
                    List<Type> types = new ArrayList<>(Arrays.asList(m.getGenericParameterTypes()));
                    types.add(m.getGenericReturnType());
                    types.addAll(Arrays.asList(m.getGenericExceptionTypes()));
                    named.put(m.toGenericString(), types);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (member(c)) {
                    List<Type> types = new ArrayList<>(Arrays.asList(c.getGenericParameterTypes()));
                    types.addAll(Arrays.asList(c.getGenericExceptionTypes()));
                    named.put(c.toGenericString(), types);
                }
            }
            named.forEach((member, types) -> {
                Set<Class<?>> used = new LinkedHashSet<>();
                types.forEach(t -> rawTypes(t, used, new LinkedHashSet<>()));
                for (Class<?> u : used) {
                    if (!u.getName().startsWith("org.passhygiene.")) {
                        continue;
                    }
                    if (!visible(u)) {
                        problems.add(member + ": names non-public " + u.getName());
                    } else if (internal(u) && !INTERNAL_IN_API.containsKey(u.getName())) {
                        problems.add(member + ": names internal " + u.getName());
                    }
                }
            });
        }
        assertThat(problems).as("API signatures naming types embedders cannot use or should not see").isEmpty();
    }

    /** Internal packages and types say so where a reader looks: package-info and class javadoc. */
    @Test
    void internalTypesSayTheyAreInternal() throws IOException, URISyntaxException {
        Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        String mark = "Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise";
        for (String pkg : INTERNAL_PACKAGES) {
            Path info = sources.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertThat(Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ")).as(info.toString()).contains(mark);
        }
        for (Class<?> type : mainClasses()) {
            if (visible(type) && internal(type) && type.getDeclaringClass() == null) {
                Path file = sources.resolve(type.getName().replace('.', '/') + ".java");
                assertThat(Files.readString(file).replaceAll("\\s*\\n\\s*\\*\\s*", " ")).as(file.toString())
                        .contains(mark);
            }
        }
    }

    private static void rawTypes(Type type, Set<Class<?>> out, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof java.lang.reflect.ParameterizedType p) {
            rawTypes(p.getRawType(), out, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> rawTypes(t, out, seen));
        } else if (type instanceof java.lang.reflect.GenericArrayType a) {
            rawTypes(a.getGenericComponentType(), out, seen);
        } else if (type instanceof java.lang.reflect.WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(t -> rawTypes(t, out, seen));
            Arrays.stream(w.getLowerBounds()).forEach(t -> rawTypes(t, out, seen));
        } else if (type instanceof java.lang.reflect.TypeVariable<?> v) {
            Arrays.stream(v.getBounds()).forEach(t -> rawTypes(t, out, seen));
        }
    }

    /** In an internal package, or an internal type (or nested in one). */
    static boolean internal(Class<?> type) {
        Class<?> top = type;
        while (top.getDeclaringClass() != null) {
            top = top.getDeclaringClass();
        }
        return INTERNAL_PACKAGES.contains(type.getPackageName()) || INTERNAL_TYPES.contains(top.getName());
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
