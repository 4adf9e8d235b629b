package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.Party;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person under a programme: who (a core {@link Party}), in which category and at which
 * level, the responsible grid and grid worker, the start and end of the measure and its legal
 * basis. Immutable; the {@code with...} methods return copies.
 *
 * <p>{@code toString} shows the id, the category, the level and the grid, never the name,
 * resident id, phone or legal basis (PIPL art. 28). Those have no public accessor: they are
 * read through an {@link AccessPolicy}, which logs every read.
 *
 * <pre>{@code
 * SupervisedPerson p = SupervisedPerson.of(PersonId.of("KW-0001"),
 *     Party.person("张三", PartyRole.OTHER), PopulationTaxonomy.PAROLE_PROBATION,
 *     PopulationTaxonomy.ORDINARY, GridCode.parse("429004100001001"), "gw-017",
 *     LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), "刑法第七十六条；判决书(2026)鄂9004刑初12号");
 * }</pre>
 */
public final class SupervisedPerson {

  private final PersonId id;
  private final Party party;
  private final CaseCategory category;
  private final CaseCategory level;
  private final GridCode grid;
  private final String worker;
  private final LocalDate start;
  private final LocalDate end;
  private final String legalBasis;

  private SupervisedPerson(PersonId id, Party party, CaseCategory category, CaseCategory level,
      GridCode grid, String worker, LocalDate start, LocalDate end, String legalBasis) {
    this.id = Objects.requireNonNull(id, "id");
    this.party = Objects.requireNonNull(party, "party");
    this.category = Objects.requireNonNull(category, "category");
    this.level = Objects.requireNonNull(level, "level");
    this.grid = Objects.requireNonNull(grid, "grid");
    this.worker = Objects.requireNonNull(worker, "worker");
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
    if (!party.isPerson()) {
      throw new InvalidValueException(PeopleErrors.NOT_A_PERSON, id);
    }
    if (end.isBefore(start)) {
      throw new InvalidValueException(PeopleErrors.PERIOD, id, start, end);
    }
    if (worker.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "worker");
    }
    if (legalBasis.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "legal basis");
    }
    if (!category.isWithin(PopulationTaxonomy.POPULATION)) {
      throw new InvalidValueException(PeopleErrors.CATEGORY, category.code(), "category");
    }
    if (!level.isWithin(PopulationTaxonomy.LEVEL)) {
      throw new InvalidValueException(PeopleErrors.CATEGORY, level.code(), "level");
    }
  }

  /**
   * A person under a programme.
   *
   * @param id         the register's id (never the resident id)
   * @param party      the natural person
   * @param category   a category under {@code population}
   * @param level      a level under {@code level}
   * @param grid       the responsible grid
   * @param worker     the responsible grid worker's id
   * @param start      first day of the measure
   * @param end        last day of the measure
   * @param legalBasis the legal basis (law, article, decision number): sensitive
   * @return the person
   * @throws InvalidValueException {@link PeopleErrors#NOT_A_PERSON}, {@link PeopleErrors#PERIOD},
   *     {@link PeopleErrors#BLANK} or {@link PeopleErrors#CATEGORY}
   */
  public static SupervisedPerson of(PersonId id, Party party, CaseCategory category,
      CaseCategory level, GridCode grid, String worker, LocalDate start, LocalDate end,
      String legalBasis) {
    return new SupervisedPerson(id, party, category, level, grid, worker, start, end, legalBasis);
  }

  /**
   * A copy at another level.
   *
   * @param newLevel the level
   * @return the copy
   */
  public SupervisedPerson withLevel(CaseCategory newLevel) {
    return new SupervisedPerson(id, party, category, newLevel, grid, worker, start, end, legalBasis);
  }

  /**
   * A copy handed to another grid and worker.
   *
   * @param newGrid   the grid
   * @param newWorker the worker's id
   * @return the copy
   */
  public SupervisedPerson withResponsible(GridCode newGrid, String newWorker) {
    return new SupervisedPerson(id, party, category, level, newGrid, newWorker, start, end, legalBasis);
  }

  /**
   * A copy whose measure ends on another day.
   *
   * @param newEnd the last day
   * @return the copy
   */
  public SupervisedPerson withEnd(LocalDate newEnd) {
    return new SupervisedPerson(id, party, category, level, grid, worker, start, newEnd, legalBasis);
  }

  /** @return the register's id */
  public PersonId id() {
    return id;
  }

  /**
   * The person: name, resident id and phone, unmasked. Not public: code outside this module
   * reads them through {@link AccessPolicy#read}, which records the read.
   *
   * @return the party
   */
  Party party() {
    return party;
  }

  /**
   * The masked name, free to show (张*三).
   *
   * @return the name as the party's masking policy shows it
   */
  public String maskedName() {
    return party.maskedName();
  }

  /** @return the population category */
  public CaseCategory category() {
    return category;
  }

  /** @return the supervision level */
  public CaseCategory level() {
    return level;
  }

  /** @return the responsible grid */
  public GridCode grid() {
    return grid;
  }

  /** @return the responsible grid worker's id */
  public String worker() {
    return worker;
  }

  /** @return the first day of the measure */
  public LocalDate start() {
    return start;
  }

  /** @return the last day of the measure */
  public LocalDate end() {
    return end;
  }

  /**
   * The legal basis (a criminal record: PIPL art. 28). Not public, as {@link #party()}.
   *
   * @return the legal basis
   */
  String legalBasis() {
    return legalBasis;
  }

  /**
   * Whether the measure is in force on a day.
   *
   * @param day the day
   * @return true from start to end inclusive
   */
  public boolean isUnderMeasureOn(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupervisedPerson p && id.equals(p.id) && party.equals(p.party)
        && category.equals(p.category) && level.equals(p.level) && grid.equals(p.grid)
        && worker.equals(p.worker) && start.equals(p.start) && end.equals(p.end)
        && legalBasis.equals(p.legalBasis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, party, category, level, grid, worker, start, end, legalBasis);
  }

  @Override
  public String toString() {
    return "SupervisedPerson[" + id + ", " + category.code() + ", " + level.code() + ", grid "
        + grid + "]";
  }
}
