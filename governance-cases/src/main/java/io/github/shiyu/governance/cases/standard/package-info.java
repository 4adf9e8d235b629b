/**
 * The six standard workflows: dispute mediation, petition, work order, pre-litigation
 * mediation, grid incident and petition proxy, each a public definition that vendors use as is, reconfigure
 * with their own time limits, or copy and change with the same builder.
 */
package io.github.shiyu.governance.cases.standard;
