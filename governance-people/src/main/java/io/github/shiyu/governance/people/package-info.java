/**
 * Key populations: {@link io.github.shiyu.governance.people.SupervisedPerson persons under a
 * programme}, their {@link io.github.shiyu.governance.people.SupervisionEvent events} kept by a
 * {@link io.github.shiyu.governance.people.SupervisionRegister}, and
 * {@link io.github.shiyu.governance.people.VisitPolicy visit policy} checked by the
 * {@link io.github.shiyu.governance.people.VisitMonitor}.
 *
 * <p>Sensitive personal information (PIPL art. 28): no type of this package shows a name, a
 * resident id, a phone number or a legal basis in {@code toString} or in an exception message.
 */
package io.github.shiyu.governance.people;
