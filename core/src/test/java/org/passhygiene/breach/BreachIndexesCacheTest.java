package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-index cache: bounded, closes only its own instances, never an index a caller still uses. */
class BreachIndexesCacheTest {

    @TempDir
    Path dir;

    private String build(String name, TestCorpus corpus) throws IOException {
        Path input = corpus.writeFile(dir.resolve(name + ".txt"), "\n", false, false);
        Path out = dir.resolve(name + ".phbi");
        BreachIndex.builder(corpus.kind).addHashes(input).build(out);
        return out.toString();
    }

    @Test
    void everyOpenIsTheCallersOwnInstanceOverOneMapping() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 200, 7);
        String file = build("one", corpus);
        BreachIndex first = BreachIndexes.open(file);
        BreachIndex second = BreachIndexes.open(file);
        assertThat(first).isNotSameAs(second);
        assertThat(first.sameMapping(second)).isTrue();

        first.close();
        assertThatThrownBy(() -> first.lookup(new byte[20])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        BreachIndexTest.assertAnswers(second, corpus);
        BreachIndexTest.assertAnswers(BreachIndexes.open(file), corpus);
        assertThat(BreachIndexes.cached(file).isClosed()).isFalse();
    }

    @Test
    void theCacheIsBoundedClosesOnlyItsOwnInstancesAndReopensEvictedFiles() throws IOException {
        int files = BreachIndexes.MAX_CACHED_FILES * 3;
        List<String> names = new ArrayList<>();
        List<TestCorpus> corpora = new ArrayList<>();
        List<BreachIndex> cachedInstances = new ArrayList<>();
        List<BreachIndex> used = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            TestCorpus corpus = new TestCorpus(HashKind.SHA1, 50, 100 + i);
            String name = build("f" + i, corpus);
            names.add(name);
            corpora.add(corpus);
            used.add(BreachIndexes.open(name));
            cachedInstances.add(BreachIndexes.cached(name));
        }
        assertThat(BreachIndexes.cachedFiles()).isLessThanOrEqualTo(BreachIndexes.MAX_CACHED_FILES);

        int evicted = 0;
        for (int i = 0; i < files; i++) {
            BreachIndex now = BreachIndexes.cached(names.get(i));
            if (now == cachedInstances.get(i)) {
                assertThat(now.isClosed()).as("cached %s", i).isFalse();
            } else {
                evicted++;
                assertThat(cachedInstances.get(i).isClosed()).as("evicted %s is closed", i).isTrue();
            }
            // Whatever the cache did, the caller's instance still answers.
            assertThat(used.get(i).isClosed()).isFalse();
            BreachIndexTest.assertAnswers(used.get(i), corpora.get(i));
        }
        assertThat(evicted).isGreaterThanOrEqualTo(files - BreachIndexes.MAX_CACHED_FILES);

        // An evicted file opens again, as a fresh cache entry.
        int first = cachedInstances.indexOf(cachedInstances.stream().filter(BreachIndex::isClosed).findFirst()
                .orElseThrow());
        BreachIndex again = BreachIndexes.open(names.get(first));
        BreachIndexTest.assertAnswers(again, corpora.get(first));
        assertThat(again.sameMapping(cachedInstances.get(first))).isFalse();
    }

    @Test
    void aMissingFileIsNamedAndNotCached() {
        String missing = dir.resolve("absent.phbi").toString();
        assertThatThrownBy(() -> BreachIndexes.open(missing)).hasMessageContaining("absent.phbi");
        assertThat(BreachIndexes.cached(missing)).isNull();
    }

    @Test
    void closingAnEmbeddedInstanceLeavesTheEmbeddedIndexUsable() {
        BreachIndex mine = BreachIndexes.open(BreachIndexes.EMBEDDED);
        assertThat(BreachIndexes.isEmbedded(mine)).isTrue();
        assertThat(BreachIndexes.check(mine, true, "Password1".toCharArray()).found()).isTrue();
        mine.close();

        BreachIndex next = BreachIndexes.open(BreachIndexes.EMBEDDED);
        assertThat(next).isNotSameAs(mine);
        assertThat(BreachIndexes.check(next, true, "Password1".toCharArray()).found()).isTrue();
        assertThat(BreachIndexes.openAll(BreachIndexes.EMBEDDED)).extracting(BreachIndex::kind)
                .containsExactly(HashKind.SHA1, HashKind.NTLM);
        assertThat(BreachIndexes.openAll(BreachIndexes.EMBEDDED)).allMatch(BreachIndexes::isEmbedded);
    }

    @Test
    void aFileIndexIsNotTheEmbeddedOne() throws IOException {
        BreachIndex file = BreachIndexes.open(build("other", new TestCorpus(HashKind.SHA1, 20, 3)));
        BreachIndexes.open(BreachIndexes.EMBEDDED);
        assertThat(BreachIndexes.isEmbedded(file)).isFalse();
    }
}
