/**
 * Jakarta Validation constraints for the value types, with messages in English and Chinese:
 * {@link io.github.shiyu.governance.validation.ValidDivisionCode},
 * {@link io.github.shiyu.governance.validation.ValidGridCode},
 * {@link io.github.shiyu.governance.validation.ValidResidentId},
 * {@link io.github.shiyu.governance.validation.ValidCreditCode},
 * {@link io.github.shiyu.governance.validation.ValidPhoneNumber}.
 *
 * <p>A violation's message names the rule broken (the same rules and error ids as the types'
 * parsers) and never contains the value. The messages are in {@code ValidationMessages} and,
 * for Hibernate Validator, which merges them across jars, {@code ContributorValidationMessages}.
 * On the module path the application opens its own constrained packages to the provider; this
 * module opens its validator package itself.
 *
 * <pre>{@code
 * record Complaint(@NotNull @ValidResidentId String residentId,
 *                  @ValidPhoneNumber(kinds = PhoneNumber.Kind.MOBILE) String sms) {}
 * validator.validate(new Complaint("110105194912310021", null));
 * // residentId: "resident ID number: the check character does not match"
 * }</pre>
 */
package io.github.shiyu.governance.validation;
