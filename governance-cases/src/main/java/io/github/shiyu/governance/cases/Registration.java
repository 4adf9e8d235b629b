package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.Party;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known when a case is registered: its type, category, division, grid and location if
 * known, the parties, its tier and the rung of the escalation ladder it starts on. The first
 * event of every case carries it, so that metrics can group by any of these without the
 * workflow. Immutable; the {@code with...} methods return copies.
 *
 * <p>Parties are personal data: {@link #toString()} shows only how many there are.
 *
 * <pre>{@code
 * Registration r = Registration.of(CaseType.WORK_ORDER, "hotline.complaint",
 *         DivisionCode.parse("420602003012"))
 *     .withGrid(GridCode.parse("420602003012005"))
 *     .withLocation(GeoPoint.of(112.14, 32.04, CoordinateSystem.CGCS2000))
 *     .withParties(List.of(Party.person("张三", PartyRole.APPLICANT)));
 * r.level();   // VILLAGE, from the division's level
 * }</pre>
 */
public final class Registration {

  private final CaseType type;
  private final String category;
  private final DivisionCode division;
  private final GridCode grid;
  private final GeoPoint location;
  private final List<Party> parties;
  private final Tier tier;
  private final EscalationLevel level;
  private final CaseId repeatOf;
  private final int personVisits;

  private Registration(CaseType type, String category, DivisionCode division, GridCode grid,
      GeoPoint location, List<Party> parties, Tier tier, EscalationLevel level, CaseId repeatOf,
      int personVisits) {
    this.type = Objects.requireNonNull(type, "type");
    this.category = Objects.requireNonNull(category, "category");
    this.division = Objects.requireNonNull(division, "division");
    this.grid = grid;
    this.location = location;
    this.parties = List.copyOf(parties);
    this.tier = Objects.requireNonNull(tier, "tier");
    this.level = Objects.requireNonNull(level, "level");
    this.repeatOf = repeatOf;
    if (personVisits < 1) {
      throw new InvalidValueException(CaseErrors.DEFINITION,
          "registration", "person-visits must be at least 1, got " + personVisits);
    }
    this.personVisits = personVisits;
  }

  /**
   * A registration with tier SIMPLE, no parties, starting on the rung of the division's level
   * (village or community: VILLAGE, township: TOWNSHIP, county: COUNTY, above: CITY).
   *
   * @param type     the case type
   * @param category the category code, e.g. {@code dispute.neighbour}
   * @param division where the case is
   * @return the registration
   */
  public static Registration of(CaseType type, String category, DivisionCode division) {
    return new Registration(type, category, division, null, null, List.of(), Tier.SIMPLE,
        levelOf(division.level()), null, 1);
  }

  /**
   * A registration of a category from the taxonomy.
   *
   * @param type     the case type
   * @param category the category
   * @param division where the case is
   * @return the registration
   */
  public static Registration of(CaseType type, CaseCategory category, DivisionCode division) {
    return of(type, category.code(), division);
  }

  private static EscalationLevel levelOf(DivisionLevel level) {
    // A case registered at a province is handled at the top of the ladder.
    return EscalationLevel.of(level).orElse(EscalationLevel.CITY);
  }

  /**
   * A copy with the grid the case is in.
   *
   * @param gridCode the grid
   * @return the copy
   */
  public Registration withGrid(GridCode gridCode) {
    return new Registration(type, category, division, Objects.requireNonNull(gridCode),
        location, parties, tier, level, repeatOf, personVisits);
  }

  /**
   * A copy with the place of the case.
   *
   * @param point the location
   * @return the copy
   */
  public Registration withLocation(GeoPoint point) {
    return new Registration(type, category, division, grid, Objects.requireNonNull(point),
        parties, tier, level, repeatOf, personVisits);
  }

  /**
   * A copy with the parties.
   *
   * @param involved the parties
   * @return the copy
   */
  public Registration withParties(List<Party> involved) {
    return new Registration(type, category, division, grid, location, involved, tier, level,
        repeatOf, personVisits);
  }

  /**
   * A copy with another tier.
   *
   * @param newTier the tier
   * @return the copy
   */
  public Registration withTier(Tier newTier) {
    return new Registration(type, category, division, grid, location, parties, newTier, level,
        repeatOf, personVisits);
  }

  /**
   * A copy starting on another rung.
   *
   * @param newLevel the rung
   * @return the copy
   */
  public Registration withEscalationLevel(EscalationLevel newLevel) {
    return new Registration(type, category, division, grid, location, parties, tier, newLevel,
        repeatOf, personVisits);
  }

  /**
   * A copy marking the case as a repeat of an earlier case on the same matter (重复件, e.g. a
   * repeat petition).
   *
   * @param earlier the earlier case
   * @return the copy
   */
  public Registration withRepeatOf(CaseId earlier) {
    return new Registration(type, category, division, grid, location, parties, tier, level,
        Objects.requireNonNull(earlier, "earlier"), personVisits);
  }

  /**
   * A copy with the number of people who came for the case (人次; a group visit counts each
   * person), 1 by default.
   *
   * @param visits at least 1
   * @return the copy
   */
  public Registration withPersonVisits(int visits) {
    return new Registration(type, category, division, grid, location, parties, tier, level,
        repeatOf, visits);
  }

  /**
   * The earlier case this one repeats.
   *
   * @return its id, or empty if this is not a repeat
   */
  public Optional<CaseId> repeatOf() {
    return Optional.ofNullable(repeatOf);
  }

  /**
   * The number of people who came for the case (人次).
   *
   * @return at least 1
   */
  public int personVisits() {
    return personVisits;
  }

  /**
   * The case type.
   *
   * @return the type
   */
  public CaseType type() {
    return type;
  }

  /**
   * The category code.
   *
   * @return e.g. {@code hotline.complaint}
   */
  public String category() {
    return category;
  }

  /**
   * The division the case is in.
   *
   * @return the division code
   */
  public DivisionCode division() {
    return division;
  }

  /**
   * The grid, if known.
   *
   * @return the grid code, or empty
   */
  public Optional<GridCode> grid() {
    return Optional.ofNullable(grid);
  }

  /**
   * The location, if known.
   *
   * @return the point, or empty
   */
  public Optional<GeoPoint> location() {
    return Optional.ofNullable(location);
  }

  /**
   * The parties (personal data).
   *
   * @return the parties, unmodifiable
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * The tier at registration.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * The rung the case starts on.
   *
   * @return the level
   */
  public EscalationLevel escalationLevel() {
    return level;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Registration r && type == r.type && category.equals(r.category)
        && division.equals(r.division) && Objects.equals(grid, r.grid)
        && Objects.equals(location, r.location) && parties.equals(r.parties) && tier == r.tier
        && level == r.level && Objects.equals(repeatOf, r.repeatOf)
        && personVisits == r.personVisits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, category, division, grid, location, parties, tier, level, repeatOf, personVisits);
  }

  /** Type, category, division, grid, tier, level and the number of parties (never names). */
  @Override
  public String toString() {
    return "Registration[" + type + " " + category + " " + division
        + (grid == null ? "" : " grid " + grid) + " " + tier + " " + level + ", "
        + parties.size() + " parties" + (repeatOf == null ? "" : ", repeats " + repeatOf)
        + "]";
  }
}
