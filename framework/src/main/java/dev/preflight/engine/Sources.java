package dev.preflight.engine;

import dev.preflight.source.SourceLocation;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;

import java.io.File;
import java.io.IOException;
import java.net.URI;

/** Turns a YAML location into the {@link TestSource} IDEs jump to (Cucumber's {@code FeatureSource}). */
final class Sources {

    static final String CLASSPATH = "classpath";

    private Sources() {
    }

    static TestSource of(SourceLocation location) {
        URI uri = location.uri();
        FilePosition position = FilePosition.from(location.line(), location.column());
        if (CLASSPATH.equals(uri.getScheme())) {
            return ClasspathResourceSource.from(uri.getSchemeSpecificPart(), position);
        }
        if ("file".equals(uri.getScheme())) {
            return FileSource.from(canonical(uri), position);
        }
        return UriSource.from(uri);
    }

    /**
     * {@return the suite file, canonical}: {@link FileSource} canonicalizes the file it is given, one {@code realpath}
     * call for each check (5,000 in a 5,000-check suite, ≈ 50 ms of discovery), and a suite's descriptors come one
     * after another, so the last file's canonical form is kept and handed over as already canonical
     */
    private static File canonical(URI uri) {
        Canonical known = last;
        if (known != null && known.uri().equals(uri)) {
            return known.file();
        }
        File file = new File(uri);
        try {
            file = new CanonicalFile(file.getCanonicalPath());
        } catch (IOException e) {
            return file; // FileSource says what is wrong with it
        }
        last = new Canonical(uri, file);
        return file;
    }

    private record Canonical(URI uri, File file) {
    }

    private static volatile Canonical last;

    /** A path known to be canonical, so asking for its canonical form asks the file system nothing. */
    private static final class CanonicalFile extends File {

        private static final long serialVersionUID = 1L;

        CanonicalFile(String canonicalPath) {
            super(canonicalPath);
        }

        @Override
        public File getCanonicalFile() {
            return this;
        }

        @Override
        public String getCanonicalPath() {
            return getPath();
        }

        /** Serialized (a test plan sent to another JVM) as the plain file it is. */
        private Object writeReplace() {
            return new File(getPath());
        }
    }

    static URI classpathUri(String resourceName) {
        String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
        return URI.create(CLASSPATH + ":" + name.replace(" ", "%20"));
    }
}
