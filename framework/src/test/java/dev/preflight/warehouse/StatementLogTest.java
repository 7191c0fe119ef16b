package dev.preflight.warehouse;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class StatementLogTest {

    /**
     * The observed warehouse wraps the provider's: a method it did not override would answer with the interface's
     * default instead of the provider's (a table hint that never comes, a dry run that says "cannot tell").
     */
    @TestFactory
    Stream<DynamicTest> the_observed_warehouse_passes_every_method_on() {
        Class<?> observed = new StatementLog().observe(null).getClass();
        return Arrays.stream(Warehouse.class.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .map(method -> DynamicTest.dynamicTest(method.getName(), () -> {
                    assertThatCode(() -> observed.getDeclaredMethod(method.getName(), method.getParameterTypes()))
                            .as("StatementLog's observed warehouse overrides %s", method).doesNotThrowAnyException();
                    assertThat(observed.getDeclaredMethod(method.getName(), method.getParameterTypes()).isDefault()).isFalse();
                }));
    }
}
