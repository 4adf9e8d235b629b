package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.people.internal.EventRewrite;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How long a record keeps its identifying fields after the measure ends, and the anonymised
 * form it takes afterwards: name, resident id, phone and legal basis removed, the register id
 * replaced by a new one that cannot be linked back, category, level, grid, worker and period
 * kept for statistics.
 *
 * <p>{@link #sweep} applies it to stored data: every record of a register past its retention
 * is replaced, events included (the enrolment's copy of the person, the reasons, the callers'
 * idempotency keys), and the diary's entries about the person are re-keyed to the new id
 * without their findings and positions. The access log keeps the old id: it is the audit
 * trail of who read what, and the old id no longer leads to anything.
 *
 * <pre>{@code
 * RetentionPolicy retention = RetentionPolicy.after(Period.ofYears(5));
 * if (retention.isExpired(person, today)) {
 *   SupervisedPerson kept = retention.anonymise(person, PersonId.of("ANON-000123"));
 * }
 * retention.sweep(register, diary, today, RetentionPolicy.randomIds());   // the new ids
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

  /**
   * Anonymises every record of a register whose retention has ended on a day, with its stored
   * events, and re-keys the diary's entries about those persons.
   *
   * @param register the register
   * @param diary    the diary (its entries naming an anonymised person get the new id)
   * @param day      the day of the sweep
   * @param newIds   fresh ids without a link to the old ones
   * @return the new ids of the records anonymised (not the old ones: no mapping is kept)
   * @throws InvalidValueException {@link PeopleErrors#ALREADY_ENROLLED} if a new id is taken
   */
  public List<PersonId> sweep(SupervisionRegister register, GridDiary diary, LocalDate day,
      Supplier<PersonId> newIds) {
    Map<PersonId, PersonId> renamed = new LinkedHashMap<>();
    for (SupervisionRecord r : register.records()) {
      SupervisedPerson p = r.person();
      if (isExpired(p, day) && !ANONYMOUS.equals(p.legalBasis())) {
        SupervisedPerson a = anonymise(p, newIds.get());
        register.replace(p.id(), EventRewrite.anonymise(register.history(p.id()), a, ANONYMOUS));
        renamed.put(p.id(), a.id());
      }
    }
    diary.anonymise(renamed);
    return List.copyOf(new ArrayList<>(renamed.values()));
  }

  /**
   * Random ids {@code ANON-} and 16 hexadecimal digits from a {@link SecureRandom}.
   *
   * @return the supplier
   */
  public static Supplier<PersonId> randomIds() {
    SecureRandom random = new SecureRandom();
    HexFormat hex = HexFormat.of();
    return () -> {
      byte[] b = new byte[8];
      random.nextBytes(b);
      // in groups of four: sixteen hex digits in a row can look like a phone or ID number,
      // which masking (and a reader) would take for personal data
      String h = hex.formatHex(b);
      return PersonId.of("ANON-" + h.substring(0, 4) + "-" + h.substring(4, 8) + "-"
          + h.substring(8, 12) + "-" + h.substring(12));
    };
  }
}
