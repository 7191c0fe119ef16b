package dev.preflight.execution;

import dev.preflight.calendar.DateRanges;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Fallback;
import dev.preflight.model.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Judges one check on its context and applies what every check type shares: the fallback (a failure that meets the
 * fallback's condition is WARNED with its note) and the waivers (which dates were waived, which waiver expired, which
 * matched nothing). A pure function: no warehouse.
 */
final class CheckJudge {

    private CheckJudge() {
    }

    /**
     * @param waivers every waiver that names this check, expired ones included
     */
    static CheckResult judge(CheckDefinition check, CheckContext context, List<Waiver> waivers) {
        CheckResult result = check.spec().evaluate(context);
        if (check.fallback() != null) {
            result = fallback(check.fallback(), result, context);
        }
        if (!waivers.isEmpty()) {
            result = waivers(result, waivers, context);
        }
        return result;
    }

    private static CheckResult fallback(Fallback fallback, CheckResult result, CheckContext context) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("note", fallback.note());
        CheckSpec alternative = fallback.alternative();
        detail.put("condition", alternative == null ? null : alternative.describe());
        if (result.status() != CheckResult.Status.FAILED) {
            detail.put("used", false);
            return result.withDetail("fallback", detail);
        }
        if (alternative == null) {
            detail.put("used", true);
            return result.withStatus(CheckResult.Status.FAILED, result.message() + " [fallback: " + fallback.note() + "]")
                    .withDetail("fallback", detail);
        }
        CheckResult.Status met = alternative.evaluate(context).status();
        boolean accepted = met == CheckResult.Status.PASSED || met == CheckResult.Status.WARNED;
        detail.put("used", accepted);
        String message = accepted
                ? result.message() + "; accepted with fallback '" + fallback.note() + "' (" + alternative.describe() + " holds)"
                : result.message() + "; fallback '" + fallback.note() + "' does not hold either (" + alternative.describe() + ")";
        return result.withStatus(accepted ? CheckResult.Status.WARNED : CheckResult.Status.FAILED, message).withDetail("fallback", detail);
    }

    private static CheckResult waivers(CheckResult result, List<Waiver> waivers, CheckContext context) {
        TreeSet<LocalDate> used = new TreeSet<>(result.waivedDates());
        List<Map<String, Object>> details = new ArrayList<>();
        StringBuilder message = new StringBuilder(result.message());
        for (Waiver waiver : waivers) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reason", waiver.reason());
            detail.put("approved_by", waiver.approvedBy());
            detail.put("expires", waiver.expires().toString());
            detail.put("location", waiver.location().toString());
            List<LocalDate> applied = waiver.dates().stream().filter(used::contains).toList();
            String status;
            if (waiver.isExpiredOn(context.today())) {
                status = "expired";
                message.append("; waiver '").append(waiver.reason()).append("' (approved by ").append(waiver.approvedBy())
                        .append(") expired on ").append(waiver.expires()).append(" and no longer applies");
            } else if (applied.isEmpty()) {
                status = "unused";
            } else {
                status = "applied";
                message.append("; ").append(applied.size()).append(applied.size() == 1 ? " date" : " dates").append(" waived: ")
                        .append(DateRanges.describe(DateRanges.compact(applied, days(applied)), 4))
                        .append(" ('").append(waiver.reason()).append("', approved by ").append(waiver.approvedBy())
                        .append(" until ").append(waiver.expires()).append(')');
            }
            detail.put("status", status);
            detail.put("dates", applied.stream().map(LocalDate::toString).toList());
            details.add(detail);
        }
        return result.withStatus(result.status(), message.toString()).withDetail("waivers", details);
    }

    /** Every civil day from the first to the last date: waived dates are compacted into runs of days. */
    private static TreeSet<LocalDate> days(List<LocalDate> dates) {
        TreeSet<LocalDate> days = new TreeSet<>();
        dates.get(0).datesUntil(dates.get(dates.size() - 1).plusDays(1)).forEach(days::add);
        return days;
    }
}
