package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.validation.ValidResidentId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidResidentId}. */
public final class ResidentIdValidator implements ConstraintValidator<ValidResidentId, CharSequence> {

  private boolean defaultMessage = true;

  /** Created by the validation provider. */
  public ResidentIdValidator() {
  }

  @Override
  public void initialize(ValidResidentId annotation) {
    defaultMessage = ValidResidentId.MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<ResidentId.Problem> problem = ResidentId.check(value);
    return problem.isEmpty() || Violations.reject(context, defaultMessage, problem.get().code());
  }
}
