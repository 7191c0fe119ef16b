package dev.preflight.reports.allure;

import dev.preflight.source.Redaction;
import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Allure's file writer with {@link Redaction} in front: each result, container and attachment (the SQL, per-date
 * counts, {@code environment.properties}) is redacted before it reaches the results directory. Results are written
 * with Allure's own JSON mapping under Allure's own file names, so each file is what Allure would have written, minus
 * the secrets.
 */
public final class RedactingResultsWriter extends FileSystemResultsWriter {

    private static final ObjectMapper JSON = Allure2ModelJackson.createMapper();

    private final Path directory;

    public RedactingResultsWriter(Path directory) {
        super(directory);
        this.directory = directory;
    }

    @Override
    public void write(TestResult result) {
        write(generateTestResultName(result.getUuid()), result);
    }

    @Override
    public void write(TestResultContainer container) {
        write(generateTestResultContainerName(container.getUuid()), container);
    }

    @Override
    public void write(String source, InputStream attachment) {
        try (InputStream in = attachment) {
            super.write(source, new ByteArrayInputStream(Redaction.redact(in.readAllBytes())));
        } catch (IOException e) {
            throw new AllureResultsWriteException("could not read attachment " + source, e);
        }
    }

    private void write(String name, Object value) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), Redaction.redact(JSON.writeValueAsBytes(value)));
        } catch (IOException e) {
            throw new AllureResultsWriteException("could not write Allure result " + name, e);
        }
    }
}
