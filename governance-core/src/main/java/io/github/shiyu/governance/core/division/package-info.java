/**
 * Administrative divisions: DivisionCode (12-digit statistical code, 6-digit GB/T 2260 form), DivisionLevel, Division and the versioned DivisionDirectory.
 */
package io.github.shiyu.governance.core.division;
