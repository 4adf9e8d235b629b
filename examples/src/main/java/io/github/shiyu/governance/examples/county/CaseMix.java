package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.county.PlannedCase.Channel;
import io.github.shiyu.governance.examples.county.PlannedCase.Mood;
import io.github.shiyu.governance.examples.county.PlannedCase.Story;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A year of cases with a realistic mix for a county district: mostly hotline work orders,
 * then grid incidents, disputes, petitions and court-delegated mediations; seasonal inflow
 * (a dip at the Spring Festival, a summer peak of hotline calls); categories weighted as
 * county reports show them; and stories with some overdue, returned, reopened, extended
 * and escalated cases. The same seed gives the same year.
 *
 * <pre>{@code
 * List<PlannedCase> year = new CaseMix(Year.of(2025), 12_000)
 *     .plan(sites, (lng, lat) -> index.locate(GeoPoint.of(lng, lat, WGS84)).map(g -> g.code().value()), 42L);
 * }</pre>
 */
public final class CaseMix {

  /** Relative inflow per month, January first. */
  private static final double[] MONTHS = {0.85, 0.70, 0.95, 1.00, 1.05, 1.10, 1.20, 1.20, 1.05, 0.90, 1.00, 1.05};

  private static final Weighted<CaseType> TYPES = new Weighted<CaseType>()
      .add(CaseType.WORK_ORDER, 62).add(CaseType.GRID_INCIDENT, 20).add(CaseType.DISPUTE, 12)
      .add(CaseType.PETITION, 4).add(CaseType.PRE_LITIGATION, 2);

  private static final Weighted<String> HOTLINE = new Weighted<String>()
      .add("hotline.consultation", 28).add("hotline.help_seeking", 24).add("hotline.complaint", 32)
      .add("hotline.report", 10).add("hotline.suggestion", 6);

  private static final Weighted<String> CITY = new Weighted<String>()
      .add("citymgmt.event.city_appearance", 30).add("citymgmt.event.street_order", 22)
      .add("citymgmt.event.advertising", 8).add("citymgmt.event.construction", 8)
      .add("citymgmt.event.emergency", 2).add("citymgmt.component.public_facilities", 10)
      .add("citymgmt.component.road_traffic", 9).add("citymgmt.component.landscaping", 7)
      .add("citymgmt.component.city_appearance", 4);

  private static final Weighted<String> DISPUTES = new Weighted<String>()
      .add("dispute.neighbour", 22).add("dispute.marriage_family", 18).add("dispute.property_management", 12)
      .add("dispute.labour", 10).add("dispute.damages", 8).add("dispute.contract", 7)
      .add("dispute.housing_homestead", 6).add("dispute.consumer", 5).add("dispute.road_traffic", 4)
      .add("dispute.production_business", 3).add("dispute.land_requisition_demolition", 2)
      .add("dispute.environmental_pollution", 1).add("dispute.medical", 1).add("dispute.other", 1);

  private static final Weighted<String> PETITIONS = new Weighted<String>()
      .add("dispute.labour", 25).add("dispute.land_requisition_demolition", 20)
      .add("dispute.housing_homestead", 18).add("dispute.property_management", 15)
      .add("dispute.environmental_pollution", 7).add("dispute.other", 15);

  private static final Weighted<String> COURT = new Weighted<String>()
      .add("dispute.contract", 35).add("dispute.damages", 20).add("dispute.labour", 15)
      .add("dispute.road_traffic", 15).add("dispute.property_management", 15);

  private final Year year;
  private final int cases;

  /**
   * Creates a mix.
   *
   * @param year  the year simulated
   * @param cases how many cases it has
   */
  public CaseMix(Year year, int cases) {
    this.year = Objects.requireNonNull(year, "year");
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be positive, got " + cases);
    }
    this.cases = cases;
  }

  /** Finds the grid containing a point. */
  @FunctionalInterface
  public interface Locator {
    /**
     * The grid at a point.
     *
     * @param lng longitude, WGS-84
     * @param lat latitude, WGS-84
     * @return the grid code, or empty outside every grid
     */
    Optional<String> gridAt(double lng, double lat);
  }

  /**
   * Plans the year.
   *
   * @param sites   the grids, with their weights and boxes
   * @param locator the grid layer's lookup, used to place each case inside its grid
   * @param seed    the random seed
   * @return the cases in registration order, numbered from 1
   */
  public List<PlannedCase> plan(List<Site> sites, Locator locator, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Weighted<Site> where = new Weighted<>();
    sites.forEach(s -> where.add(s, s.weight()));
    Weighted<LocalDate> days = new Weighted<>();
    for (LocalDate d = year.atDay(1); d.getYear() == year.getValue(); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      days.add(d, MONTHS[d.getMonthValue() - 1] * (weekend ? 0.55 : 1.0));
    }
    List<PlannedCase> planned = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      CaseType type = TYPES.pick(random);
      Site site = where.pick(random);
      double lng = 0;
      double lat = 0;
      for (int attempt = 0; attempt < 200; attempt++) {
        lng = site.minLng() + random.nextDouble() * (site.maxLng() - site.minLng());
        lat = site.minLat() + random.nextDouble() * (site.maxLat() - site.minLat());
        if (locator.gridAt(lng, lat).filter(site.grid()::equals).isPresent()) {
          break;
        }
      }
      LocalDate day = days.pick(random);
      int minute = 8 * 60 + random.nextInt(12 * 60);
      var at = day.atTime(LocalTime.of(minute / 60, minute % 60, random.nextInt(60))).atZone(WorkCalendar.ZONE).toInstant();
      planned.add(new PlannedCase(0, type, category(type, random), channel(type, random), tier(type, random), at,
          site.grid(), lng, lat, story(type, random)));
    }
    planned.sort(Comparator.comparing(PlannedCase::registeredAt));
    List<PlannedCase> numbered = new ArrayList<>(planned.size());
    for (int i = 0; i < planned.size(); i++) {
      PlannedCase p = planned.get(i);
      numbered.add(new PlannedCase(i + 1, p.type(), p.category(), p.channel(), p.tier(), p.registeredAt(), p.grid(),
          p.lng(), p.lat(), p.story()));
    }
    return List.copyOf(numbered);
  }

  private static String category(CaseType type, SplittableRandom random) {
    return switch (type) {
      case WORK_ORDER -> random.nextDouble() < 0.8 ? HOTLINE.pick(random) : CITY.pick(random);
      case GRID_INCIDENT -> random.nextDouble() < 0.8 ? CITY.pick(random) : DISPUTES.pick(random);
      case DISPUTE -> DISPUTES.pick(random);
      case PETITION, PETITION_PROXY -> PETITIONS.pick(random);
      case PRE_LITIGATION -> COURT.pick(random);
    };
  }

  private static Channel channel(CaseType type, SplittableRandom random) {
    double r = random.nextDouble();
    return switch (type) {
      case WORK_ORDER -> r < 0.75 ? Channel.HOTLINE : Channel.APP;
      case GRID_INCIDENT -> Channel.GRID_PATROL;
      case DISPUTE -> r < 0.45 ? Channel.GRID_PATROL : r < 0.85 ? Channel.VISIT : Channel.HOTLINE;
      case PETITION, PETITION_PROXY -> r < 0.6 ? Channel.VISIT : Channel.LETTER;
      case PRE_LITIGATION -> Channel.COURT;
    };
  }

  private static Tier tier(CaseType type, SplittableRandom random) {
    if (type != CaseType.DISPUTE) {
      return Tier.SIMPLE;
    }
    double r = random.nextDouble();
    return r < 0.74 ? Tier.SIMPLE : r < 0.95 ? Tier.COMPLEX : Tier.MAJOR;
  }

  private static Story story(CaseType type, SplittableRandom random) {
    // Most cases finish in 20-80% of the time allowed; about 7% run over.
    double pace = random.nextDouble() < 0.07 ? 1.05 + random.nextDouble() * 0.6 : 0.15 + random.nextDouble() * 0.75;
    double m = random.nextDouble();
    Mood mood = m < 0.10 ? Mood.NOT_RATED : m < 0.82 ? Mood.SATISFIED : m < 0.955 ? Mood.BASICALLY_SATISFIED : Mood.DISSATISFIED;
    boolean returned = type == CaseType.WORK_ORDER && random.nextDouble() < 0.06;
    boolean reopened = mood == Mood.DISSATISFIED && random.nextDouble() < 0.8;
    boolean escalated = random.nextDouble() < (type == CaseType.PETITION ? 0.08 : 0.012);
    boolean extended = random.nextDouble() < 0.04;
    boolean settled = random.nextDouble() < (type == CaseType.PRE_LITIGATION ? 0.85 : 0.93);
    boolean solvedOnSpot = type == CaseType.GRID_INCIDENT && random.nextDouble() < 0.45;
    boolean stalls = random.nextDouble() < 0.01;
    return new Story(pace, returned, mood, reopened, escalated, extended, settled, solvedOnSpot, stalls);
  }

  /** A weighted choice by cumulative weights. */
  private static final class Weighted<T> {
    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[16];
    private double total;

    Weighted<T> add(T item, double weight) {
      if (items.size() == cumulative.length) {
        cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
      }
      total += weight;
      cumulative[items.size()] = total;
      items.add(item);
      return this;
    }

    T pick(SplittableRandom random) {
      double r = random.nextDouble() * total;
      int lo = 0;
      int hi = items.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > r) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return items.get(lo);
    }
  }
}
