package dev.preflight.check;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The check types on the class path, by name.
 */
@API(status = INTERNAL, since = "0.1")
public final class CheckTypes {

    private final Map<String, CheckType> byName;

    private CheckTypes(Map<String, CheckType> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** {@return every {@link CheckType} that {@link ServiceLoader} finds with {@code loader}} */
    public static CheckTypes load(ClassLoader loader) {
        Map<String, CheckType> found = new TreeMap<>();
        for (CheckType type : ServiceLoader.load(CheckType.class, loader)) {
            CheckType previous = found.putIfAbsent(type.name(), type);
            if (previous != null && previous.getClass() != type.getClass()) {
                throw new IllegalStateException("two check types are named '" + type.name() + "': "
                        + previous.getClass().getName() + " and " + type.getClass().getName());
            }
        }
        return new CheckTypes(found);
    }

    public static CheckTypes of(CheckType... types) {
        Map<String, CheckType> found = new TreeMap<>();
        for (CheckType type : types) {
            found.put(type.name(), type);
        }
        return new CheckTypes(found);
    }

    public Optional<CheckType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
