package io.github.shiyu.governance.validation.internal;

import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.validation.ValidPhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks {@link ValidPhoneNumber}. */
public final class PhoneNumberValidator
    implements ConstraintValidator<ValidPhoneNumber, CharSequence> {

  private boolean defaultMessage = true;
  private Set<PhoneNumber.Kind> kinds = EnumSet.allOf(PhoneNumber.Kind.class);

  /** Created by the validation provider. */
  public PhoneNumberValidator() {
  }

  @Override
  public void initialize(ValidPhoneNumber annotation) {
    defaultMessage = ValidPhoneNumber.MESSAGE.equals(annotation.message());
    if (annotation.kinds().length > 0) {
      kinds = EnumSet.copyOf(List.of(annotation.kinds()));
    }
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<PhoneNumber.Problem> problem = PhoneNumber.check(value);
    if (problem.isPresent()) {
      return Violations.reject(context, defaultMessage, problem.get().code());
    }
    return kinds.contains(PhoneNumber.parse(value).kind())
        || Violations.reject(context, defaultMessage, "phone.kind");
  }
}
