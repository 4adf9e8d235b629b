/**
 * Grid codes: GridCode (community code plus grid sequence number) and pluggable
 * GridCodeScheme forms (the canonical 15-digit form and the 20-digit CJ/T 349 professional
 * grid form).
 */
package io.github.shiyu.governance.core.grid;
