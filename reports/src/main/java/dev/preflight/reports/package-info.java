/**
 * {@code preflight report}: the stakeholder summary (static HTML and Markdown, with a short history) from a gate's
 * JSON result, and the Allure HTML report from Allure results, both offline.
 *
 * <p>Reports render what a run already produced: they may read results and draw calendars with the framework, but
 * run no SQL and open no warehouse (no {@code java.sql}, no {@code dev.preflight.warehouse}, no warehouse
 * implementation).
 *
 * @see Reports
 * @see HtmlSummary
 * @see AllureReport
 */
package dev.preflight.reports;
