package dev.preflight.runner.pipeline;

import dev.preflight.runner.gate.UsageException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell splits them (blanks separate; single quotes keep everything;
 * double quotes keep blanks, a backslash escapes {@code "}, {@code \}, {@code $} and {@code `}; a backslash outside
 * quotes escapes the next character), and does nothing else a shell does: no variables, globs, pipes or redirections.
 * A command then runs without a shell, and a placeholder's value can never become code.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** @throws UsageException when a quote is not closed, or the line has no word */
    static List<String> split(String line, String option) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw unclosed(option, line, '\'', i);
                }
                word.append(line, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        i++;
                        d = line.charAt(i);
                    }
                    word.append(d);
                    i++;
                }
                if (i >= line.length()) {
                    throw unclosed(option, line, '"', line.lastIndexOf('"'));
                }
                inWord = true;
                i++;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new UsageException(option + " is empty; give the command to run, e.g. " + option + " 'backfill.py --start ${start_date} --end ${end_date}'");
        }
        return words;
    }

    private static UsageException unclosed(String option, String line, char quote, int at) {
        return new UsageException(option + " '" + line + "': the " + quote + " at character " + (at + 1) + " is never closed");
    }
}
