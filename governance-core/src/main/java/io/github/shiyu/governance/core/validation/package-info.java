/**
 * Jakarta Validation constraints for the value types, with messages in Chinese and English.
 */
package io.github.shiyu.governance.core.validation;
