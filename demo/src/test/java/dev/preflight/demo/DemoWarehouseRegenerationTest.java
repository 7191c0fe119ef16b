package dev.preflight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running the demo replaces its own files and nothing else. */
class DemoWarehouseRegenerationTest {

    @Test
    void regenerationReplacesOnlyItsOwnFiles(@TempDir Path dir) throws Exception {
        Path notes =
                Files.writeString(dir.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8);
        Path otherDb =
                Files.writeString(dir.resolve("other.duckdb"), "not ours", StandardCharsets.UTF_8);
        Path nested = Files.createDirectories(dir.resolve("suites")).resolve("phase3.yaml");
        Files.writeString(nested, "suite: phase3", StandardCharsets.UTF_8);
        // Stale or broken files from an earlier run must not stop the build.
        Files.writeString(
                dir.resolve(DemoWarehouse.DATABASE_FILE), "garbage", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve(DemoWarehouse.DATABASE_FILE + ".wal"),
                "garbage",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve(DemoWarehouse.GROUND_TRUTH_FILE), "{}", StandardCharsets.UTF_8);

        long seed = DemoWarehouse.DEFAULT_SEED + 7;
        GroundTruth first = DemoWarehouse.generate(dir, seed);
        GroundTruth second = DemoWarehouse.generate(dir, seed);

        assertThat(second).isEqualTo(first);
        assertThat(GroundTruth.read(dir.resolve(DemoWarehouse.GROUND_TRUTH_FILE)))
                .isEqualTo(second);
        assertThat(DemoDb.count(dir, "SELECT count(*) FROM nba_raw.nbac_schedule")).isPositive();
        assertThat(notes).hasContent("my notes");
        assertThat(otherDb).hasContent("not ours");
        assertThat(nested).hasContent("suite: phase3");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "notes.txt",
                            "other.duckdb",
                            "suites",
                            DemoWarehouse.DATABASE_FILE,
                            DemoWarehouse.GROUND_TRUTH_FILE);
        }
    }
}
