/**
 * Shiyu's Jakarta Validation constraints for core's value types:
 * {@link io.github.shiyu.governance.validation.ValidDivisionCode},
 * {@link io.github.shiyu.governance.validation.ValidGridCode},
 * {@link io.github.shiyu.governance.validation.ValidResidentId},
 * {@link io.github.shiyu.governance.validation.ValidCreditCode} and
 * {@link io.github.shiyu.governance.validation.ValidPhoneNumber}, each checking with the type's
 * own parser and naming the rule broken in English or Chinese.
 *
 * <p>Its own module so that core has no dependency at all: a vendor without Bean Validation
 * gets none. It needs only the API; the provider (Hibernate Validator, ...) is the
 * application's.
 *
 * <pre>{@code
 * record Registration(@NotNull @ValidDivisionCode(levels = DivisionLevel.VILLAGE) String community) {}
 * }</pre>
 */
module io.github.shiyu.governance.validation {
  requires transitive io.github.shiyu.governance.core;
  // The annotations are meta-annotated with @Constraint and name Payload.
  requires transitive jakarta.validation;

  exports io.github.shiyu.governance.validation;
  // The provider instantiates the constraint validators reflectively; unqualified because the
  // provider is the application's choice.
  opens io.github.shiyu.governance.validation.internal;
}
