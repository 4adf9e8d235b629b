/**
 * Case categories: the hierarchical, extensible CaseCategory taxonomy with the shipped standard categories.
 */
package io.github.shiyu.governance.core.category;
