/**
 * Case categories: the hierarchical, extensible CaseCategory taxonomy with the shipped
 * standard categories (disputes, 12345 hotline request kinds, digital city-management events
 * and components).
 */
package io.github.shiyu.governance.core.category;
