package io.github.shiyu.governance.core;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable error code with its message templates in English and Chinese.
 *
 * <p>The {@linkplain #id() id} never changes once released, so callers may switch on it,
 * store it or map it to their own user-facing texts. Templates use positional
 * placeholders {@code {0}}, {@code {1}}, ... filled with the exception's arguments.
 * Arguments must never carry unmasked personal data.
 *
 * <pre>{@code
 * static final ErrorCode LENGTH = ErrorCode.of("division.length",
 *     "expected 6 or 12 digits, got {0}", "应为6位或12位数字，实际为{0}位");
 * throw new InvalidValueException(LENGTH, 5);
 * }</pre>
 *
 * @param id      stable identifier, lower case, dot-separated, e.g. {@code division.length}
 * @param english message template in English
 * @param chinese message template in Chinese
 */
public record ErrorCode(String id, String english, String chinese) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  /**
   * {@code error_code.id}: an error code's id is not dot-separated lower-case words.
   *
   * <p>The root of the hierarchy checks itself with the one exception rule: this constant is
   * declared after {@link #ID} and its own id passes the check, so building it cannot recurse,
   * and a vendor's malformed code is reported like any other bad argument. (A bad id is almost
   * always a constant's, so the error usually surfaces wrapped in an
   * {@link ExceptionInInitializerError} of the class declaring it.)
   */
  public static final ErrorCode INVALID_ID = new ErrorCode("error_code.id",
      "error code id must be dot-separated lower-case words, got '{0}'",
      "错误码标识应为以点分隔的小写单词，实际为'{0}'");

  /**
   * Checks the id's form.
   *
   * @param id      stable identifier, lower case, dot-separated, e.g. {@code division.length}
   * @param english message template in English
   * @param chinese message template in Chinese
   * @throws InvalidValueException ({@link #INVALID_ID}) if the id is not dot-separated
   *     lower-case words
   */
  public ErrorCode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(chinese, "chinese");
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException(INVALID_ID, id);
    }
  }

  /**
   * Creates an error code.
   *
   * @param id      stable identifier such as {@code resident_id.check_character}
   * @param english English template
   * @param chinese Chinese template
   * @return the code
   */
  public static ErrorCode of(String id, String english, String chinese) {
    return new ErrorCode(id, english, chinese);
  }

  /**
   * Fills the template for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale
   * @param arguments values for {@code {0}}, {@code {1}}, ...
   * @return the message
   */
  public String format(Locale locale, Object... arguments) {
    String template = "zh".equals(locale.getLanguage()) ? chinese : english;
    return fill(template, arguments);
  }

  private static String fill(String template, Object... arguments) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1) {
        String index = template.substring(i + 1, close);
        if (index.chars().allMatch(Character::isDigit)) {
          int n = Integer.parseInt(index);
          out.append(n < arguments.length ? String.valueOf(arguments[n]) : "{" + index + "}");
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
