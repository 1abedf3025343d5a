package org.passhygiene.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The compiled-form cache is bounded, shares while cached, and evicted forms stay usable by their holders. */
class ShippedListsCacheTest {

    @Test
    void sameListsAndOptionsShareOneCompiledForm() {
        assertThat(ShippedLists.commonPasswords(123)).isSameAs(ShippedLists.commonPasswords(123));
        WordFinder finder = ShippedLists.finder(List.of(), List.of("kestrel"), 4, true, false);
        assertThat(ShippedLists.finder(List.of(), List.of("kestrel"), 4, true, false)).isSameAs(finder);
    }

    @Test
    void theCacheIsBoundedAndEvictedFormsStillWork() {
        int forms = ShippedLists.MAX_CACHED * 3;
        List<CommonPasswordList> held = new ArrayList<>();
        for (int top = 1; top <= forms; top++) {
            held.add(ShippedLists.commonPasswords(top));
        }
        assertThat(ShippedLists.cachedForms()).isLessThanOrEqualTo(ShippedLists.MAX_CACHED);
        for (int top = 1; top <= forms; top++) {
            assertThat(held.get(top - 1).size()).as("top %s", top).isEqualTo(top);
        }
        // Asked again after eviction: compiled anew, same content.
        CommonPasswordList again = ShippedLists.commonPasswords(1);
        assertThat(again.size()).isEqualTo(1);
    }
}
