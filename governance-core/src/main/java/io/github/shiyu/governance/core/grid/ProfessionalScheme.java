package io.github.shiyu.governance.core.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.util.Objects;

/** CJ/T 349: 6 managed object + 6 county + 3 street + 3 community + 2 grid sequence. */
final class ProfessionalScheme implements GridCodeScheme {

  private static final int MAX_SEQUENCE = 99;

  private final String managedObject;

  ProfessionalScheme(String managedObject) {
    Objects.requireNonNull(managedObject, "managedObject");
    if (managedObject.length() != 6 || !managedObject.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(GridErrors.MANAGED_OBJECT, "6 digits", managedObject);
    }
    this.managedObject = managedObject;
  }

  @Override
  public String name() {
    return "cjt349:" + managedObject;
  }

  @Override
  public int length() {
    return 20;
  }

  @Override
  public GridCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Digits.check(text, 20, "CJ/T 349");
    String digits = text.toString();
    if (!digits.startsWith(managedObject)) {
      throw new InvalidValueException(GridErrors.MANAGED_OBJECT, managedObject,
          digits.substring(0, 6));
    }
    DivisionCode community = DivisionCode.parse(digits.substring(6, 18));
    int sequence = Integer.parseInt(digits.substring(18));
    if (sequence == 0) {
      throw new InvalidValueException(GridErrors.SEQUENCE, MAX_SEQUENCE, sequence);
    }
    return GridCode.of(community, sequence);
  }

  @Override
  public String format(GridCode grid) {
    if (grid.sequence() > MAX_SEQUENCE) {
      throw new InvalidValueException(GridErrors.SEQUENCE, MAX_SEQUENCE, grid.sequence());
    }
    return managedObject + grid.community().value() + Digits.pad(grid.sequence(), 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProfessionalScheme other && other.managedObject.equals(managedObject);
  }

  @Override
  public int hashCode() {
    return managedObject.hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
