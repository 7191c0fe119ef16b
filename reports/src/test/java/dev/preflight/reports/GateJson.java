package dev.preflight.reports;

/**
 * A hand-written gate result with one table in each state, small enough to check every number by eye: window
 * 2024-01-01..2024-01-12, bootstrap 01-01 and 01-02, ten expected dates 01-03..01-12.
 */
final class GateJson {

    private GateJson() {
    }

    static String closed() {
        return """
                {"format": 1, "verdict": "CLOSED", "exit_code": 1, "strict": false,
                 "counts": {"passed": 2, "warned": 2, "failed": 1, "not_applicable": 0, "errored": 0},
                 "suites": [{"name": "phase3_demo", "file": "file:/suites/phase3_demo.yaml",
                   "window": {"start": "2024-01-01", "end": "2024-01-12"},
                   "calendar": {"bootstrap_days": 2, "season_starts": ["2024-01-01"],
                     "expected_dates": ["2024-01-03","2024-01-04","2024-01-05","2024-01-06","2024-01-07","2024-01-08","2024-01-09","2024-01-10","2024-01-11","2024-01-12"],
                     "bootstrap_dates": ["2024-01-01","2024-01-02"]},
                   "problems": [],
                   "datasets": [
                     {"id": "ready", "table": "a.ready", "status": "READY", "required_by": [], "checks": [
                       %s]},
                     {"id": "blocking", "table": "a.blocking", "status": "BLOCKING", "required_by": ["job_x"], "checks": [
                       %s]},
                     {"id": "waived", "table": "a.waived", "status": "READY", "required_by": [], "checks": [
                       %s]},
                     {"id": "degraded", "table": "a.degraded", "status": "DEGRADED", "required_by": ["job_y"], "checks": [
                       %s, %s]}
                   ]}],
                 "warnings": [], "unverified": [], "data_options": ["--warehouse", "/data/my warehouse.duckdb"]}
                """.formatted(
                coverage("PASSED", "error", 10, 0, 100.0, "[]", ""),
                coverage("FAILED", "error", 8, 2, 80.0, "[\"2024-01-05\", \"2024-01-06\"]", ""),
                coverage("PASSED", "error", 9, 0, 90.0, "[]", """
                        , "waived_dates": ["2024-01-07"],
                        "waivers": [{"dates": ["2024-01-07"], "reason": "source outage", "approved_by": "ops-lead", "expires": "2024-02-01"}]"""),
                coverage("WARNED", "warn", 5, 5, 50.0, "[\"2024-01-08\",\"2024-01-09\",\"2024-01-10\",\"2024-01-11\",\"2024-01-12\"]",
                        ", \"fallback\": \"synthetic context <for now> & later\""),
                """
                {"check": "null_rate(usage_rate)", "type": "null_rate", "severity": "warn", "outcome": "WARNED",
                 "description": "ML training needs usage_rate.", "message": "usage_rate of a.degraded is non-NULL in 89 of 100 rows (89.0%)",
                 "expected": ">= 95.0%", "actual": "89.0%", "observed": {"rows": 100, "null_rows": 11, "null_percent": 11.0},
                 "missing_dates": [], "missing_ranges": []}""");
    }

    static String coverage(String outcome, String severity, int covered, int missing, double percent, String missingDates, String extra) {
        return """
                {"check": "coverage", "type": "coverage", "severity": "%s", "outcome": "%s", "description": "",
                 "message": "covers %d of 10 expected dates", "expected": ">= 95.0%%", "actual": "%.1f%%",
                 "observed": {"covered_dates": %d, "expected_dates": 10, "missing_dates": %d, "bootstrap_dates": 2, "coverage_percent": %.1f},
                 "missing_dates": %s, "missing_ranges": []%s}""".formatted(severity, outcome, covered, percent, covered, missing, percent,
                missingDates, extra);
    }

    /** The same result with another verdict (the datasets keep their states; only the verdict sentence reads it). */
    static String withVerdict(String verdict, int exitCode) {
        return closed().replace("\"verdict\": \"CLOSED\", \"exit_code\": 1", "\"verdict\": \"" + verdict + "\", \"exit_code\": " + exitCode);
    }
}
