/**
 * Case facts: one row per case with a documented column set (CSV and JSON), the columnar
 * table the accumulator scans, and the fold of a case's events into its fact.
 */
package io.github.shiyu.governance.metrics.fact;
