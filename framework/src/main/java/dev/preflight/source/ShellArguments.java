package dev.preflight.source;

import org.apiguardian.api.API;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Prints arguments as a POSIX shell reads them back, so a command the CLI or a report suggests can be pasted as it is. */
@API(status = INTERNAL, since = "0.1")
public final class ShellArguments {

    /** Characters no shell gives a meaning to; anything else (spaces, quotes, $, ;, *, …) is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellArguments() {
    }

    /** {@return the argument as is when it is plain, else in single quotes (a quote inside as {@code '\''})} */
    public static String quoted(String argument) {
        return PLAIN.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }

    /**
     * {@return a suite location as {@code --suite} takes it: a {@code file:} URI (as results name a suite file) as
     * the path it names; anything else, a URI of another host included, as it is}
     */
    public static String suite(String location) {
        if (!location.startsWith("file:")) {
            return location;
        }
        try {
            return java.nio.file.Path.of(java.net.URI.create(location)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return location;
        }
    }

    /** {@return the arguments, each {@link #quoted}, joined by spaces} */
    public static String join(List<String> arguments) {
        return arguments.stream().map(ShellArguments::quoted).collect(Collectors.joining(" "));
    }
}
