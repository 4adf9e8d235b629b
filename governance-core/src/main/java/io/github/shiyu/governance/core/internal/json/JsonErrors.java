package io.github.shiyu.governance.core.internal.json;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;
import java.util.Locale;

/**
 * The rules of the JSON form itself, one set for both Jackson modules (each module's
 * {@code InvalidJsonValueException} names them as its own constants).
 */
public final class JsonErrors {

  /** {@code json.masked}: a masked value (written for display) read back as data. */
  public static final ErrorCode MASKED = ErrorCode.of("json.masked",
      "the value is masked and cannot be read back; write full values with"
          + " GovernanceModule.forTrustedStorage() where they must be read again",
      "该值已脱敏，无法读回；需要读回的数据请用GovernanceModule.forTrustedStorage()写出完整值");
  /** {@code json.missing_field}: a required field of an object is absent or null. */
  public static final ErrorCode MISSING_FIELD = ErrorCode.of("json.missing_field",
      "the required field {0} is missing", "缺少必填字段{0}");
  /** {@code json.wrong_type}: a value of the wrong JSON type (a number for a string ...). */
  public static final ErrorCode WRONG_TYPE = ErrorCode.of("json.wrong_type",
      "expected {0}", "应为{0}");
  /** {@code json.unknown_name}: a name that is not one of an enumeration's constants. */
  public static final ErrorCode UNKNOWN_NAME = ErrorCode.of("json.unknown_name",
      "expected one of {0}", "应为以下之一：{0}");
  /** {@code json.unreadable}: a value its type's factory could not read at all. */
  public static final ErrorCode UNREADABLE = ErrorCode.of("json.unreadable",
      "the value cannot be read ({0})", "无法读取该值（{0}）");

  private JsonErrors() {
  }

  /**
   * Appends one step of a JSON Pointer (RFC 6901).
   *
   * @param out   the pointer so far
   * @param field the field name, or null for an array index
   * @param index the array index (used when {@code field} is null; -1 when unknown)
   */
  public static void step(StringBuilder out, String field, int index) {
    out.append('/');
    if (field != null) {
      out.append(field.replace("~", "~0").replace("/", "~1"));
    } else if (index >= 0) {
      out.append(index);
    } else {
      out.append('?');
    }
  }

  /**
   * The path and the rule in the reader's language, as both modules' exceptions give it.
   *
   * @param pointer the JSON Pointer, empty for the root
   * @param error   the rule broken
   * @param locale  a {@code zh} locale for Chinese, anything else for English
   * @return e.g. {@code /residentId: character 18 is not the check character ...}
   */
  public static String localized(String pointer, GovernanceException error, Locale locale) {
    String at = pointer.isEmpty() ? "/" : pointer;
    return at + ("zh".equals(locale.getLanguage()) ? "：" : ": ")
        + error.localizedMessage(locale);
  }
}
