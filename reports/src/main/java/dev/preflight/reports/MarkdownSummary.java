package dev.preflight.reports;

import java.util.List;

/** The same verdict and table as {@link HtmlSummary}, in Markdown for a CI comment on a pull request. */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String render(Summary summary) {
        StringBuilder md = new StringBuilder();
        Verdict verdict = summary.verdict();
        String icon = switch (verdict.word()) {
            case Verdict.READY -> "✅";
            case Verdict.DEGRADED -> "⚠️";
            default -> "⛔";
        };
        md.append("## ").append(icon).append(" Preflight: **").append(verdict.word()).append("** · ").append(cell(summary.title())).append("\n\n");
        md.append("**").append(summary.headline()).append("**\n\n");
        md.append(verdict.why()).append("\n\n");
        md.append("Checks: ").append(summary.counts());
        if (!summary.window().isEmpty()) {
            md.append(" · window ").append(summary.window());
        }
        md.append("\n\n");
        summary.overrides().forEach(o -> md.append("**Gate closed, run past with `--skip-preflight`** by ").append(o).append("\n\n"));
        for (Backfill backfill : summary.backfills()) {
            md.append("### What to backfill: `").append(backfill.table()).append('`').append(backfill.ranges().isEmpty() ? "" : ", " + backfill.size())
                    .append("\n\n");
            backfill.findings().forEach(finding -> md.append("- fails ").append(finding).append('\n'));
            backfill.ranges().forEach(range -> md.append("- ").append(Backfill.range(range)).append('\n'));
            if (!backfill.ranges().isEmpty()) {
                md.append("\nThe same ranges as backfill arguments, one per line:\n\n```\n")
                        .append(backfill.command()).append("\n```\n");
            }
            md.append('\n');
        }
        if (!summary.degradedReasons().isEmpty()) {
            md.append("**Degraded, not blocking:**\n");
            summary.degradedReasons().forEach(reason -> md.append("- ⚠ ").append(reason).append('\n'));
            md.append('\n');
        }
        summary.ml().ifPresent(ml -> md.append("**ML training readiness:** ").append(ml.word()).append(" — ").append(ml.why()).append("\n\n"));
        List<SummaryTable.Column> columns = summary.columns();
        md.append("| Table |");
        columns.forEach(column -> md.append(' ').append(column.heading()).append(" |"));
        md.append(" Status |\n|---|");
        columns.forEach(column -> md.append("---|"));
        md.append("---|\n");
        for (SummaryTable.Row row : summary.rows()) {
            md.append("| `").append(row.table()).append("` |");
            columns.forEach(column -> md.append(' ').append(cell(column.of(row))).append(" |"));
            md.append(' ').append(row.statusLabel()).append(" |\n");
        }
        md.append('\n');
        if (summary.waivers().isEmpty()) {
            md.append("**Waived:** nothing.\n");
        } else {
            md.append("**Waived:**\n");
            for (SummaryTable.Waived waived : summary.waivers()) {
                md.append("- `").append(waived.table()).append("` ").append(waived.check()).append(": ").append(waived.dates()).append(" dates")
                        .append(waived.which().isEmpty() ? "" : " (" + waived.which() + ")")
                        .append(waived.reason().isEmpty() ? "" : ", " + waived.reason())
                        .append(waived.approvedBy().isEmpty() ? "" : ", approved by " + waived.approvedBy())
                        .append(waived.expires().isEmpty() ? "" : ", until " + waived.expires())
                        .append(waived.expired() ? " **(expired)**" : "").append('\n');
            }
        }
        if (!summary.fallbacks().isEmpty()) {
            md.append("\n**Fallbacks** (these degrade instead of block):\n");
            for (SummaryTable.Fallback fallback : summary.fallbacks()) {
                md.append("- `").append(fallback.table()).append("` ").append(fallback.check()).append(" (").append(fallback.outcome().name().toLowerCase(java.util.Locale.ROOT))
                        .append("): ").append(fallback.note()).append('\n');
            }
        }
        trend(md, summary.history());
        return md.toString();
    }

    private static void trend(StringBuilder md, List<SummaryHistory.Run> history) {
        if (history.size() < 2) {
            return;
        }
        SummaryHistory.Run previous = history.get(history.size() - 2);
        SummaryHistory.Run current = history.get(history.size() - 1);
        md.append("\n**Since the previous run** (").append(HtmlSummary.shortTime(previous.recordedAt())).append(", ").append(previous.verdict())
                .append("):");
        boolean changed = false;
        for (var entry : current.tables().entrySet()) {
            SummaryHistory.TableState before = previous.tables().get(entry.getKey());
            Double now = entry.getValue().coveragePercent();
            if (before != null && before.coveragePercent() != null && now != null && !before.coveragePercent().equals(now)) {
                md.append(changed ? "," : "").append(" `").append(entry.getKey()).append("` ").append(SummaryTable.percent(before.coveragePercent()))
                        .append(" → ").append(SummaryTable.percent(now));
                changed = true;
            }
        }
        md.append(changed ? "\n" : " no coverage changed.\n");
    }

    private static String cell(SummaryTable.Cell cell) {
        return cell.state().equals("none") ? "—" : (cell.mark() + " " + cell(cell.text())).trim();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
