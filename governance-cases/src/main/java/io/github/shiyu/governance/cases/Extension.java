package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an extension (延期) asks for, carried by an {@code extend} command
 * ({@link Command#withExtension}): the length requested, where the rule allows "up to" a
 * limit (a petition's head of body extends by up to 30 days), and the parties whose consent is
 * on record (a mediation goes on past its month only when both parties agree). Records the
 * roles of the consenting parties, never who they are. Immutable.
 *
 * <pre>{@code
 * Extension twenty = Extension.of(DeadlinePolicy.calendarDays(20));
 * Extension agreed = Extension.full().withConsentOf(PartyRole.APPLICANT, PartyRole.RESPONDENT);
 * }</pre>
 */
public final class Extension {

  private static final Extension FULL = new Extension(null, EnumSet.noneOf(PartyRole.class));

  private final DeadlinePolicy length;
  private final Set<PartyRole> consent;

  private Extension(DeadlinePolicy length, Set<PartyRole> consent) {
    this.length = length;
    this.consent = consent;
  }

  /**
   * An extension of a requested length, at most the workflow's limit.
   *
   * @param length the length asked for, in the unit of the workflow's extension limit
   * @return the extension
   */
  public static Extension of(DeadlinePolicy length) {
    return new Extension(Objects.requireNonNull(length, "length"),
        EnumSet.noneOf(PartyRole.class));
  }

  /**
   * An extension by the whole of the workflow's limit (no length requested).
   *
   * @return the extension
   */
  public static Extension full() {
    return FULL;
  }

  /**
   * A copy recording the consent of parties in these roles.
   *
   * @param roles the roles of the parties who consented
   * @return the copy
   */
  public Extension withConsentOf(PartyRole... roles) {
    EnumSet<PartyRole> all = consent.isEmpty() ? EnumSet.noneOf(PartyRole.class)
        : EnumSet.copyOf(consent);
    all.addAll(Arrays.asList(roles));
    return new Extension(length, all);
  }

  /**
   * The length requested.
   *
   * @return the length, or empty for the whole of the limit
   */
  public Optional<DeadlinePolicy> length() {
    return Optional.ofNullable(length);
  }

  /**
   * The roles of the parties whose consent is on record.
   *
   * @return the roles, unmodifiable
   */
  public Set<PartyRole> consentedBy() {
    return consent.isEmpty() ? Set.of() : Set.copyOf(consent);
  }

  /**
   * Whether every one of these roles consented.
   *
   * @param roles the roles, e.g. {@code APPLICANT, RESPONDENT}
   * @return {@code true} if all of them are on record
   */
  public boolean hasConsentOf(PartyRole... roles) {
    return consent.containsAll(Arrays.asList(roles));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extension e && Objects.equals(length, e.length)
        && consent.equals(e.consent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(length, consent);
  }

  @Override
  public String toString() {
    return "Extension[" + (length == null ? "full" : length.amount() + " " + length.unit())
        + (consent.isEmpty() ? "" : ", consent of " + consent) + "]";
  }
}
