/**
 * The Jackson module that writes every value type in its canonical form and reads it back with the same validation.
 */
package io.github.shiyu.governance.core.json;
