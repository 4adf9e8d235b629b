package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's supervision record as its events leave it: the current {@link SupervisedPerson},
 * the version (the sequence of the last event), whether the measure was ended, and when it was
 * last changed. Rebuilt exactly by {@link #replay(List)}.
 *
 * <pre>{@code
 * SupervisionRecord r = SupervisionRecord.replay(register.history(id));
 * r.person().level();   // the level after the last change
 * r.version();          // number of events
 * }</pre>
 */
public final class SupervisionRecord {

  private final SupervisedPerson person;
  private final long version;
  private final boolean ended;
  private final Instant updatedAt;

  private SupervisionRecord(SupervisedPerson person, long version, boolean ended, Instant updatedAt) {
    this.person = person;
    this.version = version;
    this.ended = ended;
    this.updatedAt = updatedAt;
  }

  /**
   * Starts a record from its enrolment.
   *
   * @param enrolment the first event
   * @return the record at version 1
   * @throws InvalidValueException {@link PeopleErrors#REPLAY} if it is not an enrolment with
   *     sequence 1
   */
  public static SupervisionRecord start(SupervisionEvent enrolment) {
    if (enrolment.sequence() != 1
        || !(enrolment.change() instanceof SupervisionChange.Enrolment e)
        || !e.person().id().equals(enrolment.person())) {
      throw new InvalidValueException(PeopleErrors.REPLAY, enrolment.person(),
          enrolment.sequence(), 1);
    }
    return new SupervisionRecord(e.person(), 1, false, enrolment.at());
  }

  /**
   * Rebuilds a record from its whole history.
   *
   * @param events the person's events, enrolment first
   * @return the record
   * @throws InvalidValueException {@link PeopleErrors#REPLAY} for an empty or out-of-order history
   */
  public static SupervisionRecord replay(List<SupervisionEvent> events) {
    if (events.isEmpty()) {
      throw new InvalidValueException(PeopleErrors.REPLAY, "-", 0, 1);
    }
    SupervisionRecord record = start(events.get(0));
    for (SupervisionEvent event : events.subList(1, events.size())) {
      record = record.apply(event);
    }
    return record;
  }

  /**
   * The next version.
   *
   * @param event the next event of this person
   * @return the record after it
   * @throws InvalidValueException {@link PeopleErrors#REPLAY} if it is another person's, out of
   *     sequence or a second enrolment; {@link PeopleErrors#ENDED} after the ending
   */
  public SupervisionRecord apply(SupervisionEvent event) {
    Objects.requireNonNull(event, "event");
    if (!event.person().equals(person.id()) || event.sequence() != version + 1) {
      throw new InvalidValueException(PeopleErrors.REPLAY, event.person(), event.sequence(),
          version + 1);
    }
    if (ended) {
      throw new InvalidValueException(PeopleErrors.ENDED, person.id());
    }
    SupervisionChange change = event.change();
    if (change instanceof SupervisionChange.LevelChange c) {
      return next(person.withLevel(c.level()), false, event);
    } else if (change instanceof SupervisionChange.Handover h) {
      return next(person.withResponsible(h.grid(), h.worker()), false, event);
    } else if (change instanceof SupervisionChange.Ending e) {
      return next(person.withEnd(e.end()), true, event);
    }
    throw new InvalidValueException(PeopleErrors.REPLAY, event.person(), event.sequence(),
        version + 1);
  }

  private SupervisionRecord next(SupervisedPerson after, boolean isEnded, SupervisionEvent event) {
    return new SupervisionRecord(after, event.sequence(), isEnded, event.at());
  }

  /** @return the person as the events leave them */
  public SupervisedPerson person() {
    return person;
  }

  /** @return the sequence of the last event */
  public long version() {
    return version;
  }

  /** @return whether the measure was ended by an {@link SupervisionChange.Ending} */
  public boolean isEnded() {
    return ended;
  }

  /** @return when the last event was recorded */
  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupervisionRecord r && person.equals(r.person) && version == r.version
        && ended == r.ended && updatedAt.equals(r.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, version, ended, updatedAt);
  }

  @Override
  public String toString() {
    return "SupervisionRecord[" + person + ", v" + version + (ended ? ", ended" : "") + "]";
  }
}
