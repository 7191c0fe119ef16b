package dev.preflight.checks.conformance;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * GX cases where Preflight deliberately gives another verdict, with the verdict it gives and why; docs/checks.md
 * explains each. The conformance test asserts these verdicts, so a change in either direction is noticed.
 */
final class KnownDifferences {

    private static final Map<String, String> VERDICTS = new TreeMap<>();

    private KnownDifferences() {
    }

    private static void differ(String id, String preflightVerdict) {
        VERDICTS.put(id, preflightVerdict);
    }

    static {
        // A check that checks nothing is a mistake in a suite, not a vacuous pass.
        differ("expect_table_row_count_to_be_between/vacuously_true", "error");
        differ("expect_table_columns_to_match_set/positive_test_vacuously_true_null_set_exact_match_false", "error");
        // A check with no rows to judge is not applicable (the test is aborted), never a silent pass.
        differ("expect_column_values_to_be_in_set/test_empty_column_should_be_vacuously_true", "not_applicable");
        // Schema checks judge names and types, not positions: column order is not part of a table's contract here.
        differ("expect_column_to_exist/column_exists_but_wrong_index", "pass");
    }

    static String verdict(String id) {
        return VERDICTS.get(id);
    }

    static Set<String> ids() {
        return VERDICTS.keySet();
    }
}
