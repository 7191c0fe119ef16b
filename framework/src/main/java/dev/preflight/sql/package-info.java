/**
 * SQL as text: the {@link SqlDialect} each warehouse implements (quoting, literals, conditional counts), the
 * {@link Statement}s sent to a warehouse with their bound parameters, and the rendering of row predicates in a
 * dialect.
 *
 * <p>Depends on {@code dev.preflight.metric}, {@code dev.preflight.model} and the layers below them; it runs
 * nothing, which is {@code dev.preflight.warehouse}'s job.
 *
 * @see SqlDialect
 * @see Statement
 */
package dev.preflight.sql;
