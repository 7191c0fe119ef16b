package dev.preflight.engine;

import dev.preflight.source.SourceLocation;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;

import java.io.File;
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
            return FileSource.from(new File(uri), position);
        }
        return UriSource.from(uri);
    }

    static URI classpathUri(String resourceName) {
        String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
        return URI.create(CLASSPATH + ":" + name.replace(" ", "%20"));
    }
}
