package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.validation.ValidCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidCreditCode}. */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

  private boolean defaultMessage = true;

  /** Created by the validation provider. */
  public CreditCodeValidator() {
  }

  @Override
  public void initialize(ValidCreditCode annotation) {
    defaultMessage = ValidCreditCode.MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<CreditCode.Problem> problem = CreditCode.check(value);
    return problem.isEmpty() || Violations.reject(context, defaultMessage, problem.get().code());
  }
}
