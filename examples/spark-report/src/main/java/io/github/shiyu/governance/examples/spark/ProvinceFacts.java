package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import io.github.shiyu.governance.spark.SparkCaseFacts;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Case facts for a realistic province, row by row without a {@code CaseFact} per row: the
 * province's counties from the embedded division table, each with townships and villages
 * under it and a weight (large and small counties), the quickstart's case mix (its type and
 * category weights, {@code examples.county.CaseMix}), a seasonal inflow, deadlines by type,
 * and outcomes that keep the fact rules (a concluded case was accepted, a resolved or
 * followed-up one concluded, a closed one closed after its conclusion, a grid inside its
 * village). Row {@code i} of a run depends only on the seed, the partition and {@code i}'s
 * place in it.
 */
final class ProvinceFacts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final double[] MONTHS = {0.85, 0.70, 0.95, 1.00, 1.05, 1.10, 1.20, 1.20, 1.05,
      0.90, 1.00, 1.05};
  private static final CaseType[] TYPES = {CaseType.WORK_ORDER, CaseType.GRID_INCIDENT,
      CaseType.DISPUTE, CaseType.PETITION, CaseType.PRE_LITIGATION};
  private static final double[] TYPE_CUMULATIVE = cumulative(new double[] {62, 20, 12, 4, 2});
  private static final String[] HOTLINE = {"hotline.consultation", "hotline.help_seeking",
      "hotline.complaint", "hotline.report", "hotline.suggestion"};
  private static final double[] HOTLINE_W = {28, 24, 32, 10, 6};
  private static final String[] CITY = {"citymgmt.event.city_appearance",
      "citymgmt.event.street_order", "citymgmt.event.advertising", "citymgmt.event.construction",
      "citymgmt.event.emergency", "citymgmt.component.public_facilities",
      "citymgmt.component.road_traffic", "citymgmt.component.landscaping",
      "citymgmt.component.city_appearance"};
  private static final double[] CITY_W = {30, 22, 8, 8, 2, 10, 9, 7, 4};
  private static final String[] DISPUTES = {"dispute.neighbour", "dispute.marriage_family",
      "dispute.property_management", "dispute.labour", "dispute.damages", "dispute.contract",
      "dispute.housing_homestead", "dispute.consumer", "dispute.road_traffic",
      "dispute.production_business", "dispute.land_requisition_demolition",
      "dispute.environmental_pollution", "dispute.medical", "dispute.other"};
  private static final double[] DISPUTES_W = {22, 18, 12, 10, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1};
  private static final String[] PETITIONS = {"dispute.labour",
      "dispute.land_requisition_demolition", "dispute.housing_homestead",
      "dispute.property_management", "dispute.environmental_pollution", "dispute.other"};
  private static final double[] PETITIONS_W = {25, 20, 18, 15, 7, 15};
  private static final String[] COURT = {"dispute.contract", "dispute.damages",
      "dispute.labour", "dispute.road_traffic", "dispute.property_management"};
  private static final double[] COURT_W = {35, 20, 15, 15, 15};
  /** Days to the deadline by type, in {@link #TYPES} order. */
  private static final int[] DUE_DAYS = {5, 2, 30, 60, 30};
  private static final int STATUS =
      SparkCaseFacts.SCHEMA.fieldIndex("judicial_confirmation_status");
  private static final int IN_WINDOW =
      SparkCaseFacts.SCHEMA.fieldIndex("confirmation_in_window");
  private static final int EXPERTS = SparkCaseFacts.SCHEMA.fieldIndex("expert_fields");
  private static final int TOWNSHIPS = 12;
  private static final int VILLAGES = 20;

  private final String[] counties;
  private final double[] countyCumulative;
  private final long firstSecond;
  private final int days;
  private final double[] dayCumulative;
  private final long seed;

  /**
   * A province's facts.
   *
   * @param province a province code, 2 or 6 digits ({@code 42} or {@code 420000})
   * @param from     the first day
   * @param years    how many years
   * @param seed     the seed
   */
  ProvinceFacts(String province, LocalDate from, int years, long seed) {
    String prefix = province.substring(0, 2);
    List<String> codes = new ArrayList<>();
    for (Division d : (Iterable<Division>) DivisionDirectory.embedded().stream()::iterator) {
      if (d.code().level() == DivisionLevel.COUNTY && d.code().value().startsWith(prefix)) {
        codes.add(d.code().value().substring(0, 6));
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no counties under province " + province
          + " in the embedded division table");
    }
    this.counties = codes.toArray(String[]::new);
    SplittableRandom r = new SplittableRandom(seed);
    double[] w = new double[counties.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(r.nextGaussian() * 0.8); // a few large districts, many small counties
    }
    this.countyCumulative = cumulative(w);
    this.firstSecond = from.atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    LocalDate end = from.plusYears(years);
    this.days = (int) (end.toEpochDay() - from.toEpochDay());
    double[] dw = new double[days];
    for (int d = 0; d < days; d++) {
      LocalDate day = from.plusDays(d);
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      dw[d] = MONTHS[day.getMonthValue() - 1] * (weekend ? 0.55 : 1.0);
    }
    this.dayCumulative = cumulative(dw);
    this.seed = seed;
  }

  /** The counties facts are spread over. */
  int counties() {
    return counties.length;
  }

  private static double[] cumulative(double[] w) {
    double[] c = new double[w.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i];
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static int pick(double[] cumulative, SplittableRandom r) {
    double x = r.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String pick(String[] values, double[] weights, SplittableRandom r) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /** A random source for a partition. */
  SplittableRandom random(int partition) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + partition);
  }

  /**
   * One fact as a row of {@code SparkCaseFacts.SCHEMA}, in {@code CaseFactFormat.COLUMNS}
   * order (checked by the example's tests against the schema).
   *
   * @param id the fact's number, its case id's digits
   * @param r  the partition's random source
   * @return the row
   */
  Row row(long id, SplittableRandom r) {
    int t = pick(TYPE_CUMULATIVE, r);
    CaseType type = TYPES[t];
    String category = switch (type) {
      case WORK_ORDER -> pick(HOTLINE, HOTLINE_W, r);
      case GRID_INCIDENT -> pick(CITY, CITY_W, r);
      case DISPUTE -> pick(DISPUTES, DISPUTES_W, r);
      case PETITION, PETITION_PROXY -> pick(PETITIONS, PETITIONS_W, r);
      case PRE_LITIGATION -> pick(COURT, COURT_W, r);
    };
    String county = counties[pick(countyCumulative, r)];
    int township = 1 + r.nextInt(TOWNSHIPS);
    int village = r.nextInt(VILLAGES);
    // communities 001-009, village committees 201-...
    int villageCode = village < 9 ? village + 1 : 201 + village - 9;
    String division = county + String.format("%03d%03d", township, villageCode);
    String grid = r.nextInt(10) < 4 ? division + String.format("%03d", 1 + r.nextInt(8)) : null;
    String department = r.nextInt(10) < 7 ? "dept-" + county + "-" + (1 + r.nextInt(8)) : null;
    int day = pick(dayCumulative, r);
    long registered = firstSecond + day * 86_400L + 8 * 3600 + r.nextInt(12 * 3600);
    Long accepted = null;
    Long concluded = null;
    Long closed = null;
    long due = registered + DUE_DAYS[t] * 86_400L;
    boolean resolved = false;
    boolean judicial = false;
    boolean followedUp = false;
    boolean solved = false;
    String rating = null;
    if (r.nextInt(100) < 92) {
      accepted = registered + r.nextInt(2 * 3600);
      if (r.nextInt(100) < 85) {
        long span = due - accepted;
        concluded = r.nextInt(100) < 88 ? accepted + (long) (r.nextDouble() * span)
            : due + 1 + r.nextInt(10 * 86_400);
        resolved = r.nextInt(100) < 80;
        judicial = resolved && (type == CaseType.DISPUTE || type == CaseType.PRE_LITIGATION)
            && r.nextInt(10) == 0;
        followedUp = r.nextBoolean();
        if (r.nextInt(100) < 70) {
          closed = concluded + r.nextInt(3 * 86_400);
        }
        if (r.nextInt(100) < 60) {
          int x = r.nextInt(100);
          rating = (x < 80 ? Rating.SATISFIED : x < 92 ? Rating.BASICALLY_SATISFIED
              : Rating.DISSATISFIED).name();
          solved = r.nextInt(100) < 85;
        }
      }
    }
    int visits = type == CaseType.PETITION ? 1 + r.nextInt(3) : 1;
    Object[] values = {String.format("P%012d", id), type.name(), category, division, grid,
        department, ts(registered), ts(accepted), ts(due), ts(concluded), ts(closed), resolved,
        judicial, rating, solved, r.nextInt(100) < 90, followedUp, r.nextInt(100) < 3,
        r.nextInt(100) < 5, r.nextInt(100) < 4, r.nextInt(100) < 6,
        (type == CaseType.DISPUTE || type == CaseType.PETITION) && r.nextInt(100) < 2, visits,
        null, null, null};
    // a few more resolved mediations applied for confirmation and pending or refused, one
    // in five of those applications late
    JudicialConfirmation status = judicial ? JudicialConfirmation.CONFIRMED
        : resolved && (type == CaseType.DISPUTE || type == CaseType.PRE_LITIGATION)
            && r.nextInt(20) == 0 ? (r.nextBoolean() ? JudicialConfirmation.APPLIED
                : JudicialConfirmation.REFUSED) : JudicialConfirmation.NOT_APPLIED;
    values[STATUS] = status.name();
    values[IN_WINDOW] = status != JudicialConfirmation.NOT_APPLIED && r.nextInt(5) > 0;
    // a psychologist in one mediation in twenty, as Tongliao's pool joins them
    if ((type == CaseType.DISPUTE || type == CaseType.PRE_LITIGATION) && r.nextInt(20) == 0) {
      values[EXPERTS] = "psychology";
    }
    return RowFactory.create(values);
  }

  private static Timestamp ts(Long second) {
    return second == null ? null : new Timestamp(second * 1000);
  }
}
