/**
 * Cases and their history: what happens to a dispute, a petition, a work order, a
 * pre-litigation mediation and a grid incident, step by step.
 */
package io.github.shiyu.governance.cases;
