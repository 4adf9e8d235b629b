/**
 * Administrative divisions: DivisionCode (12-digit statistical code, 6-digit GB/T 2260 form),
 * DivisionLevel, TownshipKind and VillageKind (the meaning of the township and village digits),
 * Division and the versioned DivisionDirectory (the shipped NBS table and vendor tables).
 */
package io.github.shiyu.governance.core.division;
