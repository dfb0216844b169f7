package org.perfportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction between capabilities, read from the sources: {@code records.*} (the
 * record books) depend on {@code assessment.*} (its value types and its {@code …RecordSource}
 * ports), never the reverse, so no package cycle joins an {@code assessment} package with a
 * {@code records} package. A plain scan of every class name written in the code (imports and
 * fully qualified names; comments are left out), so it needs no library and no compiled classes.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.perfportal(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Package → the other {@code org.perfportal} packages its classes name. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readSources() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(PackageDependenciesTest::read);
        }
    }

    @Test
    void noAssessmentPackageNamesARecordsPackage() {
        List<String> edges = new ArrayList<>();
        graph.forEach((from, tos) -> tos.stream()
                .filter(to -> within(from, "assessment") && within(to, "records"))
                .forEach(to -> edges.add(from + " -> " + to)));
        assertEquals(List.of(), edges, "assessment must not depend on records (records implement assessment's ports)");
    }

    @Test
    void noPackageCycleJoinsAssessmentAndRecords() {
        List<Set<String>> mixed = stronglyConnected().stream()
                .filter(c -> c.stream().anyMatch(p -> within(p, "assessment")) && c.stream().anyMatch(p -> within(p, "records")))
                .toList();
        assertEquals(List.of(), mixed, "package cycles joining assessment and records");
    }

    @Test
    void theScanSeesTheBooksDependOnAssessment() {
        // guards the scan itself: were it to read nothing, the tests above would pass vacuously
        assertFalse(graph.getOrDefault("org.perfportal.records.ommonthly", Set.of()).stream()
                .noneMatch(to -> within(to, "assessment")));
    }

    private static boolean within(String pkg, String capability) {
        String root = "org.perfportal." + capability;
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    private static void read(Path file) {
        String text;
        try {
            text = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declared = PACKAGE.matcher(text);
        if (!declared.find()) {
            return;
        }
        String from = declared.group(1);
        Set<String> tos = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (!reference.group(1).equals(from)) {
                tos.add(reference.group(1));
            }
        }
    }

    /** Tarjan's strongly connected components of more than one package. */
    private static List<Set<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, index, low, stack, onStack, components, counter);
            }
        }
        return components.stream().filter(c -> c.size() > 1).collect(Collectors.toList());
    }

    private static void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                                Set<String> onStack, List<Set<String>> components, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, onStack, components, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
