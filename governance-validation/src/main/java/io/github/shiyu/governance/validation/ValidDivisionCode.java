package io.github.shiyu.governance.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.shiyu.governance.validation.internal.DivisionCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a valid division code (区划代码, 6 or 12 digits): see {@link
 * io.github.shiyu.governance.core.division.DivisionCode#parse(CharSequence)}. {@code null} is
 * valid (add {@code @NotNull} to require a value).
 *
 * <p>With the default {@link #message()}, a violation's message names the rule broken
 * (keys {@code io.github.shiyu.governance.<error id>} in {@code ValidationMessages} and
 * {@code ContributorValidationMessages}, English and Chinese); it never contains the value.
 *
 * <pre>{@code
 * record Registration(@NotNull @ValidDivisionCode(levels = DivisionLevel.VILLAGE) String community) {}
 * }</pre>
 */
// The validator lives in a non-exported package, opened to the provider in module-info.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidDivisionCode {

  /** The default message key; a violation then gets the key of the rule broken instead. */
  String MESSAGE = "{io.github.shiyu.governance.validation.ValidDivisionCode.message}";

  /**
   * The message template; a template other than {@link #MESSAGE} is used as it is.
   *
   * @return the template
   */
  String message() default MESSAGE;

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The levels accepted; empty (the default) accepts any level.
   *
   * @return the levels, e.g. {@code VILLAGE} for the community of a grid
   */
  io.github.shiyu.governance.core.division.DivisionLevel[] levels() default {};
}
