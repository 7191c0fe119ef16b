package dev.preflight.plan;

import dev.preflight.sql.Predicates;

import dev.preflight.metric.Predicate;
import dev.preflight.metric.Predicate.Literal;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredicatesTest {

    private static final SqlDialect DUCKDB = DuckDbDialect.INSTANCE;

    @Test
    void should_render_every_predicate_with_quoted_columns_and_safe_literals() {
        assertThat(Predicates.render(Predicate.and(Predicate.notNull("points"), new Predicate.Or(List.of(
                new Predicate.Compare("points", Predicate.Operator.LESS, new Literal.Number(BigDecimal.ZERO)),
                new Predicate.Compare("team", Predicate.Operator.EQUAL, new Literal.Text("O'Neal"))))), DUCKDB))
                .isEqualTo("\"points\" IS NOT NULL AND (\"points\" < 0 OR \"team\" = 'O''Neal')");
        assertThat(Predicates.render(new Predicate.Not(new Predicate.In("team", List.of())), DUCKDB)).isEqualTo("NOT (1 = 0)");
        assertThat(Predicates.render(new Predicate.Sql("minutes > 0"), DUCKDB)).isEqualTo("(minutes > 0)");
        assertThat(Predicates.render(new Predicate.ArrayElementIsNull("features", 0), DUCKDB)).isEqualTo("\"features\"[1] IS NULL");
        assertThat(Predicates.render(new Predicate.KeyRepeated(List.of("a", "b")), DUCKDB))
                .isEqualTo("pf_key_rows > 1 AND \"a\" IS NOT NULL AND \"b\" IS NOT NULL");
    }

    @Test
    void should_refuse_array_constructs_a_dialect_has_not_implemented() {
        SqlDialect plain = new SqlDialect() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public String quote(String identifier) {
                return identifier;
            }

            @Override
            public String countIf(String predicate) {
                return "COUNTIF(" + predicate + ")";
            }
        };

        assertThatThrownBy(() -> Predicates.render(new Predicate.ArrayHasNonFinite("features"), plain))
                .isInstanceOf(UnsupportedOperationException.class).hasMessage("the plain dialect does not render isNan() yet; see docs/checks.md");
        assertThat(plain.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void should_read_yaml_numbers_as_numbers_and_everything_else_as_text() {
        assertThat(Literal.of("7", true)).isEqualTo(new Literal.Number(new BigDecimal("7")));
        assertThat(Literal.of("07", false)).isEqualTo(new Literal.Text("07"));
        assertThat(Literal.of(".inf", true)).isEqualTo(new Literal.Text(".inf"));
    }
}
