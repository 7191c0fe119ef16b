package dev.preflight.runner.gate;

import java.nio.file.Path;

/**
 * What a run writes for reports besides its verdict.
 *
 * @param allureResults the Allure results directory, or {@code null} for none
 * @param perDate whether suites publish their expected calendar, for the JSON's per-date detail
 */
public record Reporting(Path allureResults, boolean perDate) {

    public static final Reporting NONE = new Reporting(null, false);
}
