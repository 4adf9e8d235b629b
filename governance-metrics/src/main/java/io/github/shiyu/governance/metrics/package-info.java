/**
 * The published governance rates: metric definitions as data, mergeable accumulators,
 * roll-ups by place, period and category, year-on-year change and assessment scores.
 */
package io.github.shiyu.governance.metrics;
