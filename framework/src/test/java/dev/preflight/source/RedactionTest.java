package dev.preflight.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link Redaction} withholds, one kind of secret per case, and what it leaves alone. */
class RedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            URL user and password         | via http://alice:s3cr3t-pw@127.0.0.1:9050/bigquery | via http://[withheld]@127.0.0.1:9050/bigquery
            URL user alone                | https://token123abc@github.com/org/repo           | https://[withheld]@github.com/org/repo
            URL password with an @        | jdbc:x://bob:p@ss@host/db                         | jdbc:x://[withheld]@host/db
            URL token query parameter     | md:nba?motherduck_token=abcdef123&x=1             | md:nba?motherduck_token=[withheld]&x=1
            URL API key, upper case       | https://h/q?API_KEY=k123456&x=1                   | https://h/q?API_KEY=[withheld]&x=1
            URL signature parameter       | https://h/o?Expires=1&Signature=abc123def          | https://h/o?Expires=1&Signature=[withheld]
            URL sig parameter             | https://h/o?sv=2&sig=abc123def                     | https://h/o?sv=2&sig=[withheld]
            URL pwd parameter             | db://h/x?user=u&pwd=pa55word                       | db://h/x?user=u&pwd=[withheld]
            bearer token                  | Authorization: Bearer abc.def-ghi                 | Authorization: Bearer [withheld]
            Google access token           | token ya29.a0AfH6SMB-xyz                          | token [withheld]
            access_token assignment       | access_token=zzz9&next                            | access_token=[withheld]&next
            a URL without user-info       | see https://example.com/a@b for more              | see https://example.com/a@b for more
            an e-mail address             | owner: data-team@example.com                      | owner: data-team@example.com
            bearer token in capitals      | AUTHORIZATION: BEARER abc123                      | AUTHORIZATION: BEARER [withheld]
            client secret in capitals     | CLIENT_SECRET=abc123&x                            | CLIENT_SECRET=[withheld]&x
            a JSON Web Token first        | eyJhbGciOi.eyJzdWIi.sig-x rest                    | [withheld] rest
            two shapes after non-ASCII    | café ya29.abc and Bearer x.y                      | café [withheld] and Bearer [withheld]
            a clue cut off at the end     | ends with beare                                   | ends with beare
            """)
    void withholds_shapes(String name, String text, String expected) {
        assertThat(Redaction.redact(text)).isEqualTo(expected);
    }

    @Test
    void a_registered_value_is_withheld_as_written_and_as_json_html_and_url_encoded() {
        Redaction.secret("pa\"ss<&>word 42");
        assertThat(Redaction.redact("raw pa\"ss<&>word 42")).isEqualTo("raw [withheld]");
        assertThat(Redaction.redact("{\"m\": \"pa\\\"ss<&>word 42\"}")).isEqualTo("{\"m\": \"[withheld]\"}");
        assertThat(Redaction.redact("<p>pa&quot;ss&lt;&amp;&gt;word 42</p>")).isEqualTo("<p>[withheld]</p>");
        assertThat(Redaction.redact("?q=pa%22ss%3C%26%3Eword+42")).isEqualTo("?q=[withheld]");
    }

    @Test
    void a_value_shorter_than_four_characters_is_not_registered() {
        Redaction.secret("abc");
        assertThat(Redaction.redact("abc abcd")).isEqualTo("abc abcd");
    }

    @ParameterizedTest(name = "{0} is secret: {1}")
    @CsvSource({"credentials, true", "db_password, true", "API_TOKEN, true", "apikey, true", "client-secret, true",
            "private_key, true", "path, false", "host, false", "project, false", "allowed_directories, false", "timeout_seconds, false"})
    void names_that_say_secret(String name, boolean secret) {
        assertThat(Redaction.isSecretName(name)).isEqualTo(secret);
    }

    @Test
    void settings_register_secret_names_declared_ones_and_url_passwords() {
        Redaction.settings(Map.of("password", "hunter2-db", "custom", "declared-9", "host", "http://u1:pw%40home@h", "path", "/data/nba.duckdb"),
                Set.of("custom"));
        assertThat(Redaction.redact("hunter2-db declared-9 pw@home /data/nba.duckdb"))
                .isEqualTo("[withheld] [withheld] [withheld] /data/nba.duckdb");
    }

    @Test
    void environment_variables_of_preflight_whose_name_says_secret_are_registered() {
        Redaction.environment(Map.of("PREFLIGHT_SECRET_TOKEN", "env-token-77", "PREFLIGHT_PARAM_TEAM", "BOSTON-CELTICS", "OTHER_TOKEN", "other-token-88"));
        assertThat(Redaction.redact("env-token-77 BOSTON-CELTICS other-token-88")).isEqualTo("[withheld] BOSTON-CELTICS other-token-88");
    }

    @Test
    void the_writer_sees_a_secret_printed_in_pieces_within_a_line() {
        StringWriter target = new StringWriter();
        PrintWriter out = Redaction.writer(new PrintWriter(target));
        out.print("via http://carol:");
        out.print("pieces-pw@host");
        out.println(" done");
        out.print("partial http://dave:x@h");
        out.flush();
        assertThat(target.toString()).isEqualTo("via http://[withheld]@host done" + System.lineSeparator() + "partial http://[withheld]@h");
    }

    @Test
    void the_writer_passes_the_complete_lines_of_one_write_and_holds_the_unfinished_one() {
        StringWriter target = new StringWriter();
        PrintWriter out = Redaction.writer(new PrintWriter(target));
        out.print("one http://erin:lines-pw@h\ntwo\r\nthree http://fay:");
        assertThat(target.toString()).isEqualTo("one http://[withheld]@h\ntwo\r\n");
        out.print("held-pw@h four");
        assertThat(target.toString()).isEqualTo("one http://[withheld]@h\ntwo\r\n");
        out.print("\nfive");
        out.flush();
        assertThat(target.toString()).isEqualTo("one http://[withheld]@h\ntwo\r\nthree http://[withheld]@h four\nfive");
    }

    @Test
    void a_redacting_writer_is_not_wrapped_twice() {
        PrintWriter once = Redaction.writer(new PrintWriter(new StringWriter()));
        assertThat(Redaction.writer(once)).isSameAs(once);
    }

    @Test
    void bytes_that_are_not_text_pass_unchanged() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe};
        assertThat(Redaction.redact(image)).isSameAs(image);
        assertThat(new String(Redaction.redact("http://e:f-pw@h".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("http://[withheld]@h");
    }
}
