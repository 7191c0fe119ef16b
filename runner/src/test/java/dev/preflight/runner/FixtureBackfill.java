package dev.preflight.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * A backfill job for {@link Fixture} warehouses, run by {@link PipelineRunTest} as a real subprocess:
 * {@code FixtureBackfill DB TABLE START END} inserts the calendar's dates in [START, END] that TABLE lacks.
 */
public final class FixtureBackfill {

    private FixtureBackfill() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + args[1] + " SELECT d, 1 FROM s.cal WHERE d BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)"
                     + " AND d NOT IN (SELECT d FROM " + args[1] + ")")) {
            insert.setString(1, args[2]);
            insert.setString(2, args[3]);
            System.out.println("backfilled " + insert.executeUpdate() + " dates of " + args[1]);
        }
    }
}
