/**
 * Key populations and the grid worker's duties: {@link io.github.shiyu.governance.people.SupervisedPerson
 * persons under a programme}, their {@link io.github.shiyu.governance.people.SupervisionEvent events}
 * kept by a {@link io.github.shiyu.governance.people.SupervisionRegister},
 * {@link io.github.shiyu.governance.people.VisitPolicy visit policy} checked by the
 * {@link io.github.shiyu.governance.people.VisitMonitor}; the seven
 * {@link io.github.shiyu.governance.people.DutyTaxonomy duties}, the
 * {@link io.github.shiyu.governance.people.GridDiary 民情日记} of
 * {@link io.github.shiyu.governance.people.VisitRecord visit records} and
 * {@link io.github.shiyu.governance.people.HouseholdCoverage household coverage};
 * {@link io.github.shiyu.governance.people.AccessPolicy access by role, area and purpose} with
 * its {@link io.github.shiyu.governance.people.AccessLog log}, and
 * {@link io.github.shiyu.governance.people.RetentionPolicy retention}.
 *
 * <p>Sensitive personal information (PIPL art. 28): no type of this package shows a name, a
 * resident id, a phone number, a legal basis or a finding in {@code toString}, a log line or an
 * exception message, and outside this module the unmasked values are reachable only through
 * {@link io.github.shiyu.governance.people.AccessPolicy#read}, which records the read.
 */
package io.github.shiyu.governance.people;
