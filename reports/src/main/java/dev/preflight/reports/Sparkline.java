package dev.preflight.reports;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.preflight.reports.CalendarPicture.escape;

/**
 * A small inline SVG trend line of one series from the metric history (an anomaly check's {@code history_trend}):
 * its last dates, oldest on the left, with the dates the check flagged as dots. No script, no external file, so the
 * summary still opens from disk and in a mail.
 */
final class Sparkline {

    static final int WIDTH = 180;
    static final int HEIGHT = 32;
    private static final int PAD = 3;

    private Sparkline() {
    }

    /** A point of the series. */
    record Point(String date, double value) {
    }

    /** {@return the points of a {@code history_trend} detail, in its order} */
    static List<Point> points(JsonNode trend) {
        List<Point> points = new ArrayList<>();
        trend.path("points").forEach(p -> points.add(new Point(p.path("date").asText(), p.path("value").asDouble())));
        return points;
    }

    /** {@return the SVG, or "" for fewer than two points} */
    static String svg(String title, List<Point> points, Set<String> flagged) {
        if (points.size() < 2) {
            return "";
        }
        double low = points.stream().mapToDouble(Point::value).min().orElse(0);
        double high = points.stream().mapToDouble(Point::value).max().orElse(0);
        double range = high - low == 0 ? 1 : high - low;
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = PAD + (WIDTH - 2.0 * PAD) * i / (points.size() - 1);
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (points.get(i).value() - low) / range;
            line.append(i == 0 ? "" : " ").append(format(x)).append(',').append(format(y));
            if (flagged.contains(points.get(i).date())) {
                dots.append("<circle class=\"flagged\" cx=\"").append(format(x)).append("\" cy=\"").append(format(y)).append("\" r=\"2.5\"><title>")
                        .append(escape(points.get(i).date())).append(": ").append(format(points.get(i).value())).append("</title></circle>");
            }
        }
        return "<svg class=\"sparkline\" role=\"img\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\"><title>" + escape(title) + "</title><polyline fill=\"none\" stroke=\"#4a6fa5\" stroke-width=\"1.2\" points=\"" + line
                + "\"/>" + dots + "</svg>";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
