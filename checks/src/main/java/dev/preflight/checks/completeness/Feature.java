package dev.preflight.checks.completeness;

/**
 * One feature column and its minimum non-NULL share.
 *
 * @param column the column
 * @param min the minimum non-NULL percent, 0–100
 * @param critical whether falling below blocks (true) or only degrades (false)
 */
public record Feature(String column, double min, boolean critical) {
}
