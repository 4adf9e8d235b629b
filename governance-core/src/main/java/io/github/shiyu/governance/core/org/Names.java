package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;

/** Checks of the id and name every organisation has. */
final class Names {

  private Names() {
  }

  static String require(String value, String kind, String field) {
    Objects.requireNonNull(value, field);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidValueException(OrgErrors.BLANK, kind, field);
    }
    return stripped;
  }
}
