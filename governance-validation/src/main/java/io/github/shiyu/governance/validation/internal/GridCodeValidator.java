package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.validation.ValidGridCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidGridCode}. */
public final class GridCodeValidator implements ConstraintValidator<ValidGridCode, CharSequence> {

  private boolean defaultMessage = true;

  /** Created by the validation provider. */
  public GridCodeValidator() {
  }

  @Override
  public void initialize(ValidGridCode annotation) {
    defaultMessage = ValidGridCode.MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      GridCode.parse(value);
      return true;
    } catch (InvalidValueException e) {
      // The community part's own rules (division.*) come through as they are.
      return Violations.reject(context, defaultMessage, e.code());
    }
  }
}
