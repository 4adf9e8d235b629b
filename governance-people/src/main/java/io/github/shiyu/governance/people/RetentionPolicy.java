package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a record keeps its identifying fields after the measure ends, and the anonymised
 * form it takes afterwards: name, resident id, phone and legal basis removed, the register id
 * replaced by a new one that cannot be linked back, category, level, grid, worker and period
 * kept for statistics.
 *
 * <pre>{@code
 * RetentionPolicy retention = RetentionPolicy.after(Period.ofYears(5));
 * if (retention.isExpired(person, today)) {
 *   SupervisedPerson kept = retention.anonymise(person, PersonId.of("ANON-000123"));
 * }
 * }</pre>
 *
 * @param period how long after the end of the measure
 */
public record RetentionPolicy(Period period) {

  /** The name an anonymised record carries. */
  public static final String ANONYMOUS = "匿名";

  /**
   * Checks the period.
   *
   * @param period not negative
   * @throws InvalidValueException {@link PeopleErrors#FREQUENCY} for a negative period
   */
  public RetentionPolicy {
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw new InvalidValueException(PeopleErrors.FREQUENCY, period);
    }
  }

  /**
   * A retention period.
   *
   * @param period how long after the end of the measure
   * @return the policy
   */
  public static RetentionPolicy after(Period period) {
    return new RetentionPolicy(period);
  }

  /**
   * Whether the record must be anonymised on a day.
   *
   * @param person the record
   * @param day    the day
   * @return true once the day is after end of measure plus the period
   */
  public boolean isExpired(SupervisedPerson person, LocalDate day) {
    return day.isAfter(person.end().plus(period));
  }

  /**
   * The anonymised record.
   *
   * @param person the record
   * @param newId  a new id without a link to the old one
   * @return the record without identifying fields
   */
  public SupervisedPerson anonymise(SupervisedPerson person, PersonId newId) {
    return SupervisedPerson.of(newId, Party.person(ANONYMOUS, PartyRole.THIRD_PARTY),
        person.category(), person.level(), person.grid(), person.worker(), person.start(),
        person.end(), ANONYMOUS);
  }
}
