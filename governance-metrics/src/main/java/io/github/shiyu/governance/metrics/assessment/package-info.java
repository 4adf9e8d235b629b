/**
 * Assessment (考核): weighted composite scores over chosen indicators with targets, and a
 * ranking of the units compared, with ties handled and explained.
 */
package io.github.shiyu.governance.metrics.assessment;
