/**
 * Where a suite's words came from and what is wrong with them: {@link SourceLocation} (file, line, column),
 * {@link Problem} and {@link Problems}, which collect every mistake of a suite so that its author sees them all at
 * once, and {@link SuiteDefinitionException}, the suite mistake that gates turn into exit code 2; and
 * {@link Redaction}, which every output passes so that no secret reaches it (it sits here, in the lowest layer, so
 * that every writer can reach it).
 *
 * <p>The lowest layer of the framework: it depends on the JDK alone, and every other package may use it.
 *
 * @see SourceLocation
 * @see Problems
 * @see SuiteDefinitionException
 * @see Redaction
 */
package dev.preflight.source;
