package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.org.Tier;
import java.time.Instant;
import java.util.Objects;

/**
 * What the dispatcher needs to know of a case: where, what, how serious, when reported, and
 * whether the grid blew the whistle (网格吹哨).
 *
 * <pre>{@code
 * DispatchRequest request = DispatchRequest.of(
 *     GeoPoint.of(112.1502, 32.0421, CoordinateSystem.GCJ02),
 *     CategoryTaxonomy.standard().require("dispute.neighbour"), Tier.SIMPLE, now);
 * DispatchRequest whistle = request.asWhistle();
 * }</pre>
 *
 * @param location where the case is
 * @param category the case's category (of the routing table's taxonomy)
 * @param tier simple, complex or major
 * @param reportedAt when it was reported (the whistle's clock starts here)
 * @param whistle whether departments are called to report (吹哨报到)
 */
public record DispatchRequest(GeoPoint location, CaseCategory category, Tier tier, Instant reportedAt, boolean whistle) {

  /** Checks for nulls. */
  public DispatchRequest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  /**
   * A request without whistle.
   *
   * @param location where
   * @param category the case's category (of the routing table's taxonomy)
   * @param tier the tier
   * @param reportedAt when
   * @return the request
   */
  public static DispatchRequest of(GeoPoint location, CaseCategory category, Tier tier, Instant reportedAt) {
    return new DispatchRequest(location, category, tier, reportedAt, false);
  }

  /**
   * The same request with the whistle blown.
   *
   * @return the request
   */
  public DispatchRequest asWhistle() {
    return new DispatchRequest(location, category, tier, reportedAt, true);
  }
}
