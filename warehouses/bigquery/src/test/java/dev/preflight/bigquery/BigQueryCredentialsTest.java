package dev.preflight.bigquery;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Credentials never reach a message: not the key file's path, not its content, not the access token, even when a
 * server echoes the token back.
 */
class BigQueryCredentialsTest {

    static final String SECRET_DIR = "very-secret-keys";

    @Test
    void aMissingKeyFileIsReportedWithoutItsPath(@TempDir Path dir) {
        Path key = dir.resolve(SECRET_DIR).resolve("sa-key.json");

        WarehouseException e = catchThrowableOfType(WarehouseException.class, () -> open(key, "http://127.0.0.1:9"));

        assertThat(e).hasMessageContaining("does not exist (path withheld)");
        assertNoSecrets(e, key, null);
    }

    @Test
    void aKeyFileThatIsNotAKeyIsReportedWithoutItsPathOrContent(@TempDir Path dir) throws Exception {
        Path key = dir.resolve(SECRET_DIR + ".json");
        String privateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC-not-really\n-----END PRIVATE KEY-----\n";
        Files.writeString(key, "{\"type\": \"authorized_user\", \"private_key\": \"" + privateKey.replace("\n", "\\n") + "\"}");

        WarehouseException e = catchThrowableOfType(WarehouseException.class, () -> open(key, "http://127.0.0.1:9"));

        assertThat(e).hasMessageContaining("not a service-account key file");
        assertNoSecrets(e, key, null);
        assertThat(e.getMessage()).doesNotContain("MIIEvQ");
    }

    @Test
    void aValidKeyIsUsedAndNeitherItsPathNorItsTokenLeaks(@TempDir Path dir) throws Exception {
        String token = "ya29.a0-very-secret-token-" + System.nanoTime();
        try (BigQueryStubServer stub = BigQueryStubServer.start(sql -> {
            throw new AssertionError("no query gets this far");
        }).accessToken(token)) {
            Path key = dir.resolve(SECRET_DIR).resolve("sa-key.json");
            Files.createDirectories(key.getParent());
            Files.writeString(key, serviceAccountKey(stub.host() + "/token"));
            // A careless server that echoes the request's credentials in its error message.
            stub.fail("POST", "/jobs$", 403, "accessDenied", "Access Denied: Project test-project: User does not have"
                    + " bigquery.jobs.create permission in project test-project. Authorization: Bearer " + token + " token=" + token);

            BigQueryWarehouse warehouse = open(key, stub.host());
            WarehouseException e;
            try {
                e = catchThrowableOfType(WarehouseException.class,
                        () -> warehouse.execute(new Statement(Statement.Kind.SCAN, "player_game_summary", "SELECT 1")));
                assertThat(warehouse.describe()).doesNotContain(key.toString()).doesNotContain(SECRET_DIR);
            } finally {
                warehouse.close();
            }

            // The key was really used: the stub was sent a bearer credential.
            List<BigQueryStubServer.Request> inserts = stub.requests("POST", "/jobs$");
            assertThat(inserts).singleElement().satisfies(r -> assertThat(r.authorization()).startsWith("Bearer "));
            String sent = inserts.get(0).authorization().substring("Bearer ".length());
            // Exchanged at the key's token_uri, the stub: the token it handed out is the one sent.
            assertThat(stub.requests("POST", "/token$")).hasSize(1);
            assertThat(sent).isEqualTo(token);
            assertThat(e).hasMessageContaining("bigquery.jobs.create on project test-project — grant roles/bigquery.jobUser");
            assertNoSecrets(e, key, token);
            assertThat(e.getMessage()).doesNotContain(sent);
        }
    }

    @Test
    void settingsNeverPrintTheKeyFilePath() {
        Map<String, String> settings = Map.of("project", "test-project", "credentials", "/etc/" + SECRET_DIR + "/sa.json");
        BigQuerySettings parsed = BigQuerySettings.of(new WarehouseSpec("bigquery", settings, BigQueryWarehouseTest.AT));
        assertThat(parsed.toString()).doesNotContain(SECRET_DIR).contains("key file (path withheld)");
    }

    @Test
    void redactionCoversTokenShapesAndKeyMaterial() {
        Secrets secrets = new Secrets(List.of("/keys/sa.json"), () -> "opaque-current-token-123");
        String text = "key /keys/sa.json token opaque-current-token-123 Bearer abc.def ya29.xyz-123"
                + " \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----\\n\""
                + " access_token=zzz jwt eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        assertThat(secrets.redact(text)).doesNotContain("/keys/sa.json", "opaque-current-token-123", "abc.def", "ya29.xyz",
                "AAAA", "zzz", "eyJhbGciOiJSUzI1NiJ9");
    }

    static void assertNoSecrets(Throwable e, Path key, String token) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain(key.toString()).doesNotContain(SECRET_DIR).doesNotContain("sa-key");
            if (token != null) {
                assertThat(t.getMessage()).doesNotContain(token).doesNotContain("very-secret-token");
            }
        }
        // Nothing is chained whose message or stack trace this test cannot see.
        assertThat(e.getCause()).isNull();
    }

    static BigQueryWarehouse open(Path key, String host) {
        Map<String, String> settings = new HashMap<>();
        settings.put("project", "test-project");
        settings.put("credentials", key.toString());
        settings.put("host", host);
        return BigQueryWarehouse.open(BigQuerySettings.of(new WarehouseSpec("bigquery", settings, BigQueryWarehouseTest.AT)), "nba",
                BigQueryWarehouseTest.FAST);
    }

    /** A syntactically real service-account key with a fresh RSA key, whose token endpoint is the stub. */
    static String serviceAccountKey(String tokenUri) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(generator.generateKeyPair().getPrivate().getEncoded()).replace("\n", "\\n")
                + "\\n-----END PRIVATE KEY-----\\n";
        return "{\"type\": \"service_account\", \"project_id\": \"test-project\", \"private_key_id\": \"0123456789abcdef\","
                + " \"private_key\": \"" + pem + "\", \"client_email\": \"preflight@test-project.iam.gserviceaccount.com\","
                + " \"client_id\": \"1234567890\", \"token_uri\": \"" + tokenUri + "\"}";
    }
}
