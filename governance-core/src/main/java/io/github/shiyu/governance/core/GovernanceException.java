package io.github.shiyu.governance.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The root of the SDK's exceptions: every error carries a stable {@link ErrorCode} and the
 * arguments of its message, so that an application can show it in Chinese or English or
 * map it to its own text.
 *
 * <p>{@link #getMessage()} is {@code "<id>: <English message>"}. Messages never contain
 * unmasked personal data: code that throws passes masked values only.
 *
 * <pre>{@code
 * try {
 *   DivisionCode.parse("42900");
 * } catch (GovernanceException e) {
 *   e.code().id();                       // "division.length"
 *   e.localizedMessage(Locale.CHINA);    // "应为6位或12位数字，实际为5位"
 * }
 * }</pre>
 */
public class GovernanceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable code. */
  private final ErrorCode code;
  /** The template's arguments as strings (masked where they come from personal data). */
  private final String[] arguments;

  /**
   * Creates an exception.
   *
   * @param code      the stable code
   * @param arguments the template's arguments (masked where they come from personal data)
   */
  public GovernanceException(ErrorCode code, Object... arguments) {
    this(code, null, arguments);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code      the stable code
   * @param cause     what went wrong underneath, or {@code null}
   * @param arguments the template's arguments (masked where they come from personal data)
   */
  public GovernanceException(ErrorCode code, Throwable cause, Object... arguments) {
    super(code.id() + ": " + code.format(Locale.ROOT, arguments), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public final ErrorCode code() {
    return code;
  }

  /**
   * The arguments the message was made from, as strings.
   *
   * @return the arguments, in template order
   */
  public final List<String> arguments() {
    return List.of(arguments);
  }

  /**
   * The message in the reader's language, without the code id.
   *
   * @param locale a {@code zh} locale for Chinese, anything else for English
   * @return the message
   */
  public final String localizedMessage(Locale locale) {
    return code.format(locale, (Object[]) arguments);
  }
}
