package dev.preflight.runner.gate;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Prints arguments as a POSIX shell reads them back, so a command the CLI suggests can be pasted as it is. */
public final class ShellArguments {

    /** Characters no shell gives a meaning to; anything else (spaces, quotes, $, ;, *, …) is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellArguments() {
    }

    /** {@return the argument as is when it is plain, else in single quotes (a quote inside as {@code '\''})} */
    public static String quoted(String argument) {
        return PLAIN.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }

    /** {@return the arguments, each {@link #quoted}, joined by spaces} */
    public static String join(List<String> arguments) {
        return arguments.stream().map(ShellArguments::quoted).collect(Collectors.joining(" "));
    }
}
