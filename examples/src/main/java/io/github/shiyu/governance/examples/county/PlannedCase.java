package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.org.Tier;
import java.time.Instant;
import java.util.Objects;

/**
 * One simulated case: what it is, where and when it starts, and how its story will go. The
 * quickstart turns each into the commands of its standard workflow; the engine decides
 * whether they are accepted and when the deadlines fall.
 *
 * <pre>{@code
 * List<PlannedCase> year = new CaseMix(Year.of(2025), 12_000).plan(sites, locator, 20250101L);
 * }</pre>
 *
 * @param number       1-based sequence in the year, in registration order
 * @param type         the case type
 * @param category     the category code of core's taxonomy
 * @param channel      how it came in
 * @param tier         the handling tier
 * @param registeredAt when it was registered
 * @param grid         the grid code of its location
 * @param lng          longitude, WGS-84
 * @param lat          latitude, WGS-84
 * @param story        how it will go
 */
public record PlannedCase(int number, CaseType type, String category, Channel channel, Tier tier,
    Instant registeredAt, String grid, double lng, double lat, Story story) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public PlannedCase {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(story, "story");
  }

  /** How a case came in. */
  public enum Channel {
    /** 12345 hotline call. */
    HOTLINE,
    /** Mini-program or app. */
    APP,
    /** Found by the grid worker on patrol. */
    GRID_PATROL,
    /** Walk-in at a governance center or petition office. */
    VISIT,
    /** Letter or online petition. */
    LETTER,
    /** Delegated by the court. */
    COURT
  }

  /** How the citizen will rate the handling. */
  public enum Mood {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意: a work order is reopened. */
    DISSATISFIED,
    /** Not reached or declined to rate. */
    NOT_RATED
  }

  /**
   * The plan for a case's life. Times are fractions of the time allowed, so the engine's
   * deadlines (with real holidays) decide the dates.
   *
   * @param pace          the fraction of the allowed time the handler takes; above 1 is overdue
   * @param returned      the receiving department returns it once as wrongly dispatched
   * @param mood          the citizen's rating
   * @param reopened      handled a second time after a dissatisfied rating or failed check
   * @param escalated     escalated one rung up the ladder
   * @param extended      the deadline is extended once with approval
   * @param settled       a dispute or mediation ends in an agreement (else it fails)
   * @param solvedOnSpot  a grid incident solved by the grid worker on the spot
   * @param stalls        the case is still open at the end of the year, whatever its pace
   */
  public record Story(double pace, boolean returned, Mood mood, boolean reopened, boolean escalated,
      boolean extended, boolean settled, boolean solvedOnSpot, boolean stalls) {

    /**
     * Checks the pace.
     *
     * @throws IllegalArgumentException if the pace is not positive
     */
    public Story {
      Objects.requireNonNull(mood, "mood");
      if (!(pace > 0)) {
        throw new IllegalArgumentException("pace must be positive, got " + pace);
      }
    }
  }
}
