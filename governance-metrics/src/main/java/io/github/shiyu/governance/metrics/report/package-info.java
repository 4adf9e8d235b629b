/**
 * Reports: specifications (dimensions, periods, comparisons), mergeable accumulators and the
 * immutable report with its JSON and CSV forms.
 */
package io.github.shiyu.governance.metrics.report;
