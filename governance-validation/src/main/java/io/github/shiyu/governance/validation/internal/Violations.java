package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.ErrorCode;
import jakarta.validation.ConstraintValidatorContext;

/** Replaces the default violation by one whose message names the rule broken. */
final class Violations {

  static final String KEY_PREFIX = "io.github.shiyu.governance.";

  private Violations() {
  }

  static boolean reject(ConstraintValidatorContext context, boolean defaultMessage,
      ErrorCode code) {
    return reject(context, defaultMessage, code.id());
  }

  static boolean reject(ConstraintValidatorContext context, boolean defaultMessage,
      String ruleId) {
    if (defaultMessage) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{" + KEY_PREFIX + ruleId + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
