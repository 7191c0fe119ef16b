package dev.preflight.bigquery;

import dev.preflight.warehouse.WarehouseException;

import java.util.Locale;

/**
 * Lets through only a text that is one GoogleSQL query, before any job is created for it.
 *
 * <p>BigQuery runs a text of several statements as a script (a parent job and one child per statement), and a script
 * may write whatever the caller's IAM allows. So the text is lexed the way GoogleSQL lexes it (ZetaSQL's rules) and
 * refused unless it holds exactly one statement and that statement starts with {@code SELECT}, {@code WITH} or
 * {@code (}: a {@code ;} counts only outside quoted strings ({@code '…'}, {@code "…"}, triple-quoted, raw and bytes
 * literals, where a backslash always takes the next character with it), backquoted identifiers and comments
 * ({@code --}, {@code #}, {@code /* … *}{@code /}); a {@code ;} with nothing after it but blanks and comments ends
 * the one statement. A text that does not lex (an unclosed quote or comment) is refused too: what BigQuery would
 * make of it is not worth guessing.
 */
final class OneQuery {

    private OneQuery() {
    }

    /** @throws WarehouseException when {@code sql} is not one query; nothing has been sent then */
    static void require(String sql) {
        Lexer lexer = new Lexer(sql);
        int statements = 0;
        boolean inStatement = false;
        String firstWord = null;
        while (lexer.hasNext()) {
            Token token = lexer.next();
            if (token == Token.SEMICOLON) {
                inStatement = false;
            } else if (!inStatement) {
                inStatement = true;
                statements++;
                if (statements == 1) {
                    firstWord = lexer.lastWord();
                }
            }
        }
        if (statements != 1) {
            throw refused(statements == 0 ? "it holds no statement" : "it holds " + statements
                    + " statements, which BigQuery would run as a script; write exactly one query, without ';' between statements");
        }
        if (firstWord == null || !(firstWord.equals("SELECT") || firstWord.equals("WITH") || firstWord.equals("("))) {
            throw refused("it is not a query: it must start with SELECT, WITH or '(', not " + (firstWord == null ? "that" : firstWord));
        }
    }

    private static WarehouseException refused(String why) {
        return new WarehouseException("refused to send the statement to BigQuery: " + why);
    }

    private enum Token { SEMICOLON, OTHER }

    /** GoogleSQL's tokens as far as statements go: semicolons, and everything else that is not blank or a comment. */
    private static final class Lexer {
        private final String text;
        private int at;
        private String lastWord;

        Lexer(String text) {
            this.text = text;
        }

        boolean hasNext() {
            skipBlanksAndComments();
            return at < text.length();
        }

        String lastWord() {
            return lastWord;
        }

        Token next() {
            char c = text.charAt(at);
            if (c == ';') {
                at++;
                return Token.SEMICOLON;
            }
            int start = at;
            if (c == '\'' || c == '"') {
                quoted(c);
            } else if (c == '`') {
                quoted('`');
            } else if (Character.isLetter(c) || c == '_') {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                // r'…', b"…", rb'''…''': a prefix glued to a quote is part of the literal.
                if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"') && at - start <= 2
                        && text.substring(start, at).toLowerCase(Locale.ROOT).matches("[rb]{1,2}")) {
                    quoted(text.charAt(at));
                }
            } else {
                at++;
            }
            lastWord = text.substring(start, at).toUpperCase(Locale.ROOT);
            return Token.OTHER;
        }

        /** A literal or a backquoted name from its opening quote: '…', "…", '''…''', """…""". */
        private void quoted(char quote) {
            String triple = String.valueOf(quote).repeat(3);
            boolean isTriple = quote != '`' && text.startsWith(triple, at);
            at += isTriple ? 3 : 1;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\\') {
                    at += 2;
                } else if (isTriple ? text.startsWith(triple, at) : c == quote) {
                    at += isTriple ? 3 : 1;
                    return;
                } else {
                    at++;
                }
            }
            throw refused("a quote (" + quote + ") is never closed");
        }

        private void skipBlanksAndComments() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c)) {
                    at++;
                } else if (c == '#' || text.startsWith("--", at)) {
                    // GoogleSQL ends a line comment at \r as well as \n: stopping at \n alone would hide what follows a \r.
                    while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                        at++;
                    }
                } else if (text.startsWith("/*", at)) {
                    int end = text.indexOf("*/", at + 2);
                    if (end < 0) {
                        throw refused("a comment (/*) is never closed");
                    }
                    at = end + 2;
                } else {
                    return;
                }
            }
        }
    }
}
