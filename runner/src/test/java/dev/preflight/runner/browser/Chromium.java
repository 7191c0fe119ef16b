package dev.preflight.runner.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium from the command line: the DOM a page renders (after its scripts ran) and a screenshot of it.
 * Each call gets a fresh profile and no network besides the loopback server it is pointed at.
 */
final class Chromium {

    private static final String INSTALL = "sudo apt-get install -y chromium";

    private final Path executable;
    private final Path scratch;

    private Chromium(Path executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    /**
     * @throws AssertionError when no Chromium is installed: with the browser profile on, a missing browser is a
     *                        failure, never a skipped test
     */
    static Chromium find(Path scratch) {
        return locate().map(executable -> new Chromium(executable, scratch)).orElseThrow(() -> new AssertionError(
                "the browser tests (-Pbrowser) need Chromium and none is installed (looked for $PREFLIGHT_CHROMIUM, chromium, "
                        + "chromium-browser, google-chrome on the PATH); install it with `" + INSTALL + "` (.ci/run does)"));
    }

    static Optional<Path> locate() {
        String configured = System.getenv("PREFLIGHT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return the page's DOM once its scripts settled (virtual time lets the report's requests finish first)} */
    String dom(URI page) throws IOException, InterruptedException {
        Path out = run(page, List.of("--dump-dom"));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * Headless Chromium will not make a window narrower than {@value #MIN_WINDOW_WIDTH} px, so a phone's viewport is
     * an iframe of the phone's size in a page beside the one shown (same origin, so its layout can be read):
     * {@code frame-W-H.html} in {@code root}, whose body's {@code data-probe} attribute then holds the framed page's
     * scroll width, viewport width, the bottom of {@code selector} (-1 without one) and viewport height.
     */
    static String frame(Path root, String page, String selector, int width, int height) throws IOException {
        String name = "frame-" + width + "-" + height + ".html";
        Files.writeString(root.resolve(name), """
                <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
                <iframe id="f" src="%s" style="border:0;display:block;width:%dpx;height:%dpx"></iframe>
                <script>
                document.getElementById('f').addEventListener('load', function () {
                  var d = this.contentDocument, w = this.contentWindow, e = d.querySelector('%s');
                  document.body.setAttribute('data-probe', [d.documentElement.scrollWidth, w.innerWidth,
                      e ? Math.ceil(e.getBoundingClientRect().bottom) : -1, w.innerHeight].join(' '));
                });
                </script></body></html>
                """.formatted(page, width, height, selector), StandardCharsets.UTF_8);
        return name;
    }

    static final int MIN_WINDOW_WIDTH = 500;

    /** {@return the DOM of a {@link #frame} page} */
    String framedDom(URI frame, int width, int height) throws IOException, InterruptedException {
        Path out = run(frame, List.of("--dump-dom", "--window-size=" + Math.max(width, MIN_WINDOW_WIDTH) + "," + height, "--hide-scrollbars"));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Saves a PNG of a {@link #frame} page, cut to the frame: what a {@code width} × {@code height} screen shows. */
    void framedScreenshot(URI frame, Path png, int width, int height) throws IOException, InterruptedException {
        screenshot(frame, png, Math.max(width, MIN_WINDOW_WIDTH), height);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        if (image.getWidth() > width) {
            javax.imageio.ImageIO.write(image.getSubimage(0, 0, width, Math.min(height, image.getHeight())), "png", png.toFile());
        }
    }

    /** Saves a PNG of the page, {@code width} × {@code height} CSS pixels. */
    void screenshot(URI page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars"));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot " + png);
        }
    }

    private Path run(URI page, List<String> action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Path out = Files.createTempFile(scratch, "chromium", ".out");
        Path err = Files.createTempFile(scratch, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
        command.addAll(action);
        command.add(page.toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish rendering " + page + " in 3 minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("Chromium failed (exit " + process.exitValue() + ") on " + page + ": " + Files.readString(err));
        }
        return out;
    }
}
