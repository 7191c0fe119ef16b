/**
 * The values a suite is made of, independent of how it was written or where it runs: tables ({@link TableName}), the
 * run's window ({@link DateWindow}), parameters, severities, waivers, the calendar and season settings, and the
 * {@link WarehouseSpec} a provider opens.
 *
 * <p>Depends on {@code dev.preflight.source} and the JDK only; everything above it in the framework may use it.
 *
 * @see TableName
 * @see DateWindow
 * @see WarehouseSpec
 */
package dev.preflight.model;
