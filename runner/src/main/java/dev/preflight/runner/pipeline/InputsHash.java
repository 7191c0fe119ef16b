package dev.preflight.runner.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two runs of a job the same work, for {@code --resume}: its expanded argv, its environment, its working
 * directory and the pipeline's parameters (the window among them), as a SHA-256. The {@code ${preflight}} prefix is
 * left out: the same job run by a rebuilt jar is still the same work.
 */
final class InputsHash {

    private InputsHash() {
    }

    static String of(List<String> argv, Map<String, String> env, Path workdir, Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        argv.forEach(a -> text.append("argv\0").append(a).append('\n'));
        new TreeMap<>(env).forEach((k, v) -> text.append("env\0").append(k).append('=').append(v).append('\n'));
        text.append("workdir\0").append(workdir.toAbsolutePath().normalize()).append('\n');
        new TreeMap<>(parameters).forEach((k, v) -> text.append("param\0").append(k).append('=').append(v).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
