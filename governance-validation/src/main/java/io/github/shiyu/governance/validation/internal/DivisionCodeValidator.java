package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.validation.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks {@link ValidDivisionCode}. */
public final class DivisionCodeValidator
    implements ConstraintValidator<ValidDivisionCode, CharSequence> {

  private boolean defaultMessage = true;
  private Set<DivisionLevel> levels = EnumSet.allOf(DivisionLevel.class);

  /** Created by the validation provider. */
  public DivisionCodeValidator() {
  }

  @Override
  public void initialize(ValidDivisionCode annotation) {
    defaultMessage = ValidDivisionCode.MESSAGE.equals(annotation.message());
    if (annotation.levels().length > 0) {
      levels = EnumSet.copyOf(List.of(annotation.levels()));
    }
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    DivisionCode code;
    try {
      code = DivisionCode.parse(value);
    } catch (InvalidValueException e) {
      return Violations.reject(context, defaultMessage, e.code());
    }
    return levels.contains(code.level())
        || Violations.reject(context, defaultMessage, "division.levels");
  }
}
