package dev.preflight.engine;

import dev.preflight.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources IDEs jump to: a suite file's checks name the file as JUnit would canonicalize it, each at its own line. */
class SourcesTest {

    @TempDir
    Path dir;

    @Test
    void aSuiteReachedThroughALinkIsNamedByItsRealPathAtEachChecksPosition() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path suite = Files.writeString(real.resolve("suite.yaml"), "preflight: 1\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        SourceLocation location = new SourceLocation(link.resolve("suite.yaml").toUri(), "suite.yaml", 1, 1);

        TestSource first = Sources.of(location.at(10, 9));
        TestSource second = Sources.of(location.at(11, 9));
        File expected = suite.toRealPath().toFile();

        assertThat(first).isInstanceOfSatisfying(FileSource.class, source -> {
            assertThat(source.getFile()).isEqualTo(expected);
            assertThat(source.getPosition()).contains(FilePosition.from(10, 9));
        });
        assertThat(second).isInstanceOfSatisfying(FileSource.class, source -> {
            assertThat(source.getFile()).isEqualTo(expected);
            assertThat(source.getPosition()).contains(FilePosition.from(11, 9));
        });
    }

    @Test
    void anotherSuiteFileIsCanonicalizedAfresh() throws IOException {
        Path one = Files.writeString(dir.resolve("one.yaml"), "preflight: 1\n");
        Path two = Files.writeString(dir.resolve("two.yaml"), "preflight: 1\n");

        FileSource first = (FileSource) Sources.of(new SourceLocation(one.toUri(), "one.yaml", 3, 1));
        FileSource second = (FileSource) Sources.of(new SourceLocation(two.toUri(), "two.yaml", 3, 1));

        assertThat(first.getFile()).isEqualTo(one.toRealPath().toFile());
        assertThat(second.getFile()).isEqualTo(two.toRealPath().toFile());
    }

    /** A test plan may travel to another JVM (a build tool's fork), which knows JUnit's classes but not ours. */
    @Test
    void aSourceIsSerializedWithAPlainFile() throws Exception {
        Path suite = Files.writeString(dir.resolve("suite.yaml"), "preflight: 1\n");
        FileSource source = (FileSource) Sources.of(new SourceLocation(suite.toUri(), "suite.yaml", 5, 3));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(source);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isEqualTo(source);
        assertThat(((FileSource) copy).getFile()).hasSameClassAs(new File("x")).isEqualTo(suite.toRealPath().toFile());
    }
}
