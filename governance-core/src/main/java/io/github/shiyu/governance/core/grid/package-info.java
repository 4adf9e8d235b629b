/**
 * Grid codes: GridCode (community code plus grid sequence number) and pluggable GridCodeScheme forms.
 */
package io.github.shiyu.governance.core.grid;
