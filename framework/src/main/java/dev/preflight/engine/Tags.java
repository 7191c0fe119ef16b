package dev.preflight.engine;

import org.junit.platform.engine.TestTag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** YAML tags as JUnit tags; the parser already rejected the ones JUnit cannot express. */
final class Tags {

    private Tags() {
    }

    @SafeVarargs
    static Set<TestTag> of(Collection<String>... groups) {
        Set<TestTag> tags = new LinkedHashSet<>();
        for (Collection<String> group : groups) {
            for (String tag : group) {
                if (TestTag.isValid(tag)) {
                    tags.add(TestTag.create(tag));
                }
            }
        }
        return tags;
    }
}
