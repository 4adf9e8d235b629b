package io.github.shiyu.governance.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.internal.json.JsonErrors;
import java.util.Locale;

/**
 * A JSON value that breaks a rule of its type, with the rule's stable {@link ErrorCode} and
 * the JSON path where it was found.
 *
 * <p>A {@link JsonMappingException}, so that Jackson adds the path as it unwinds: the
 * {@linkplain #getMessage() message} is {@code "<error id>: <English message>"} followed by
 * Jackson's location and reference chain, and {@link #pointer()} gives the path as a JSON
 * Pointer. Neither contains the value: personal data is never echoed (keep Jackson's
 * {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} off, its default, so that the
 * location does not quote the document either).
 *
 * <pre>{@code
 * try {
 *   mapper.readValue("{\"parties\":[{\"residentId\":\"110105194912310021\"}]}", Case.class);
 * } catch (InvalidJsonValueException e) {
 *   e.code().id();                        // "resident_id.check_character"
 *   e.pointer();                          // "/parties/0/residentId"
 *   e.localizedMessage(Locale.CHINA);     // "/parties/0/residentId：第18位校验码与前17位不符..."
 * }
 * }</pre>
 */
public final class InvalidJsonValueException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** {@code json.masked}: a masked value (written for display) read back as data. */
  public static final ErrorCode MASKED = JsonErrors.MASKED;
  /** {@code json.missing_field}: a required field of an object is absent or null. */
  public static final ErrorCode MISSING_FIELD = JsonErrors.MISSING_FIELD;
  /** {@code json.wrong_type}: a value of the wrong JSON type (a number for a string ...). */
  public static final ErrorCode WRONG_TYPE = JsonErrors.WRONG_TYPE;
  /** {@code json.unknown_name}: a name that is not one of an enumeration's constants. */
  public static final ErrorCode UNKNOWN_NAME = JsonErrors.UNKNOWN_NAME;

  /** {@code json.unreadable}: a value its type's factory could not read at all. */
  public static final ErrorCode UNREADABLE = JsonErrors.UNREADABLE;

  /** The rule broken, with its arguments. */
  private final GovernanceException error;

  /**
   * Wraps a rule broken by a JSON value.
   *
   * @param parser where the value was read (for the location), or {@code null}
   * @param error  the rule broken
   */
  public InvalidJsonValueException(JsonParser parser, GovernanceException error) {
    super(parser, error.getMessage(), error);
    this.error = error;
  }

  /**
   * The stable code of the rule broken.
   *
   * @return e.g. {@code resident_id.check_character}
   */
  public ErrorCode code() {
    return error.code();
  }

  /**
   * The underlying error, with its arguments.
   *
   * @return the error
   */
  public GovernanceException error() {
    return error;
  }

  /**
   * Where the value was, as a JSON Pointer (RFC 6901).
   *
   * @return e.g. {@code /parties/0/residentId}; empty for the root value
   */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Reference ref : getPath()) {
      JsonErrors.step(out, ref.getFieldName(), ref.getIndex());
    }
    return out.toString();
  }

  /**
   * The path and the rule in the reader's language.
   *
   * @param locale a {@code zh} locale for Chinese, anything else for English
   * @return e.g. {@code /residentId: character 18 is not the check character ...}
   */
  public String localizedMessage(Locale locale) {
    return JsonErrors.localized(pointer(), error, locale);
  }
}
