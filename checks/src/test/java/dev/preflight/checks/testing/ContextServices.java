package dev.preflight.checks.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Registers test-only service implementations (a check type, a warehouse provider) for one call, the way a jar's
 * {@code META-INF/services} file would: the engine finds check types and warehouses through the thread's context
 * class loader, so a loader that adds one services file reaches the engine without registering the implementation for
 * every other test of the module (whose expected "known types" lists would change).
 */
public final class ContextServices {

    private ContextServices() {
    }

    /**
     * Runs {@code body} with each {@code service → implementation} registered.
     *
     * @param services the service interface and its test implementation (a public class with a public no-arguments
     *        constructor, on the test class path)
     */
    public static <T> T with(Map<Class<?>, Class<?>> services, Supplier<T> body) {
        Path root;
        try {
            root = Files.createTempDirectory("preflight-services");
            Path folder = Files.createDirectories(root.resolve("META-INF/services"));
            for (Map.Entry<Class<?>, Class<?>> service : services.entrySet()) {
                Files.writeString(folder.resolve(service.getKey().getName()), service.getValue().getName() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
            delete(root);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
