package io.github.shiyu.governance.core.grid;

import io.github.shiyu.governance.core.InvalidValueException;

/** Shape checks shared by the grid code forms. */
final class Digits {

  private Digits() {
  }

  static void check(CharSequence text, int length, String form) {
    if (text.length() != length) {
      throw new InvalidValueException(GridErrors.LENGTH, length, form, text.length());
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        String shown = Character.isISOControl(c) || Character.isSurrogate(c)
            ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        throw new InvalidValueException(GridErrors.CHARACTER, i + 1, shown);
      }
    }
  }

  static String pad(int number, int width) {
    String digits = Integer.toString(number);
    return "0".repeat(width - digits.length()) + digits;
  }
}
