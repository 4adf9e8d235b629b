package io.github.shiyu.governance.benchmarks.metrics;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The data and both implementations of the monthly report benchmark: county × category ×
 * month over 2022–2024 with six rates (resolution, mediation success, conclusion,
 * satisfaction, follow-up, rework), all over the registration cohort; resolution counts
 * disputes only, mediation success disputes and pre-litigation mediations, as the SDK's
 * standard set defines them.
 */
public final class MonthlyReportData {

  /** The six rates, as the SDK defines them. */
  public static final MetricSet SIX = MetricSet.standard().select("resolutionRate",
      "mediationSuccessRate", "conclusionRate", "satisfactionRate", "followUpRate",
      "reworkRate");

  /** The report: county × category × month, January 2022 to December 2024. */
  public static final ReportSpec SPEC = ReportSpec.builder().metrics(SIX)
      .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
      .periods(Period.parse("2022-01"), Period.parse("2024-12")).build();

  private static final CaseId[] IDS = IntStream.range(0, 1024)
      .mapToObj(i -> CaseId.of("B" + i)).toArray(CaseId[]::new);
  private static final String[] CATEGORIES = {
    "dispute.marriage_family", "dispute.neighbour", "dispute.housing_homestead",
    "dispute.contract", "dispute.production_business", "dispute.damages",
    "dispute.forest_land", "dispute.land_requisition_demolition",
    "dispute.environmental_pollution", "dispute.labour", "dispute.consumer",
    "dispute.medical", "dispute.road_traffic", "dispute.property_management",
    "dispute.other", "hotline.consultation", "hotline.help_seeking", "hotline.complaint",
    "hotline.report", "hotline.suggestion"};
  private static final long START = Instant.parse("2021-12-31T16:00:00Z").getEpochSecond();
  private static final long SPAN = 3L * 365 * 86_400;

  private MonthlyReportData() {
  }

  /** The villages: 100 counties in 10 provinces, 20 villages each. */
  static List<DivisionCode> villages() {
    String[] provinces = {"13", "14", "15", "32", "34", "37", "41", "42", "44", "51"};
    List<DivisionCode> out = new ArrayList<>();
    for (String p : provinces) {
      for (int county = 1; county <= 10; county++) {
        for (int v = 0; v < 20; v++) {
          out.add(DivisionCode.parse(String.format("%s01%02d%03d%03d", p, county,
              1 + v / 5, 1 + v % 5)));
        }
      }
    }
    return out;
  }

  /**
   * Generates the facts, the same for a seed.
   *
   * @param records how many
   * @param sink    receives each fact
   */
  public static void generate(int records, Consumer<CaseFact> sink) {
    List<DivisionCode> villages = villages();
    CaseCategory[] categories = Arrays.stream(CATEGORIES)
        .map(CategoryTaxonomy.standard()::require).toArray(CaseCategory[]::new);
    CaseType[] types = CaseType.values();
    SplittableRandom r = new SplittableRandom(20221231L);
    for (int i = 0; i < records; i++) {
      Instant registered = Instant.ofEpochSecond(START + r.nextLong(SPAN));
      CaseFact.Builder b = CaseFact.builder(IDS[i & 1023], types[r.nextInt(types.length)],
          categories[r.nextInt(categories.length)], villages.get(r.nextInt(villages.size())),
          registered);
      if (r.nextInt(10) < 9) {
        Instant accepted = registered.plusSeconds(r.nextInt(7200));
        b.acceptedAt(accepted);
        if (r.nextInt(10) < 8) {
          b.concludedAt(accepted.plusSeconds(r.nextInt(30 * 86_400)))
              .resolved(r.nextInt(10) < 8).followedUp(r.nextBoolean())
              .reopened(r.nextInt(20) == 0);
          if (r.nextInt(10) < 6) {
            b.rating(Rating.values()[r.nextInt(3)]);
          }
        }
      }
      sink.accept(b.build());
    }
  }

  /**
   * Our side's input: a columnar table.
   *
   * @param records how many
   * @return the table
   */
  public static CaseFactTable table(int records) {
    CaseFactTable.Builder b = CaseFactTable.builder(records);
    generate(records, b::add);
    return b.build();
  }

  /**
   * The Streams side's input: one plain record per case.
   *
   * @param records how many
   * @return the rows
   */
  public static List<CaseRow> rows(int records) {
    List<CaseRow> rows = new ArrayList<>(records);
    generate(records, f -> rows.add(CaseRow.of(f)));
    return rows;
  }

  /**
   * What a Java developer would keep per case without the SDK.
   *
   * @param division    the village
   * @param category    the category code
   * @param type        the case type
   * @param registered  when registered
   * @param accepted    whether accepted
   * @param concluded   whether concluded
   * @param resolved    whether resolved
   * @param rating      the rating, or null
   * @param followedUp  whether followed up
   * @param reopened    whether reopened
   */
  public record CaseRow(DivisionCode division, String category, CaseType type,
      Instant registered, boolean accepted, boolean concluded, boolean resolved,
      Rating rating, boolean followedUp, boolean reopened) {

    static CaseRow of(CaseFact f) {
      return new CaseRow(f.subject().division(), f.subject().category().code(),
          f.subject().type(), f.timeline().registeredAt(), f.timeline().isAccepted(),
          f.timeline().isConcluded(), f.outcome().resolved(),
          f.outcome().rating().orElse(null), f.outcome().followedUp(),
          f.handling().reopened() && f.timeline().isConcluded());
    }
  }

  /**
   * The group key of the Streams version.
   *
   * @param county   the county
   * @param category the category code
   * @param month    the month of registration in Asia/Shanghai
   */
  public record Key(DivisionCode county, String category, YearMonth month) {
  }

  /** The counts of one group in the Streams version. */
  public static final class Tally {
    long accepted;
    long concluded;
    long disputesRegistered;
    long disputesResolved;
    long mediationConcluded;
    long mediationResolved;
    long rated;
    long satisfied;
    long followedUp;
    long reopened;

    void add(CaseRow r) {
      if (r.type() == CaseType.DISPUTE) {
        disputesRegistered++;
        if (r.resolved()) {
          disputesResolved++;
        }
      }
      if (r.accepted()) {
        accepted++;
      }
      boolean mediation = r.type() == CaseType.DISPUTE || r.type() == CaseType.PRE_LITIGATION;
      if (r.concluded()) {
        concluded++;
        if (mediation) {
          mediationConcluded++;
        }
      }
      if (r.resolved() && mediation) {
        mediationResolved++;
      }
      if (r.rating() != null) {
        rated++;
        if (r.rating() != Rating.DISSATISFIED) {
          satisfied++;
        }
      }
      if (r.followedUp()) {
        followedUp++;
      }
      if (r.reopened()) {
        reopened++;
      }
    }

    Tally merge(Tally o) {
      accepted += o.accepted;
      concluded += o.concluded;
      disputesRegistered += o.disputesRegistered;
      disputesResolved += o.disputesResolved;
      mediationConcluded += o.mediationConcluded;
      mediationResolved += o.mediationResolved;
      rated += o.rated;
      satisfied += o.satisfied;
      followedUp += o.followedUp;
      reopened += o.reopened;
      return this;
    }

    /**
     * The six rates, in percent with two decimals half-up; empty when undefined.
     *
     * @return the rates in {@link #SIX}'s order
     */
    public List<Optional<BigDecimal>> rates() {
      return List.of(rate(disputesResolved, disputesRegistered),
          rate(mediationResolved, mediationConcluded), rate(concluded, accepted),
          rate(satisfied, rated), rate(followedUp, concluded), rate(reopened, concluded));
    }

    private static Optional<BigDecimal> rate(long n, long d) {
      return d == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(n * 100)
          .divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP));
    }
  }

  /**
   * The plain Java Streams version: {@code Collectors.groupingBy} on a record key, then the
   * six rates per group.
   *
   * @param rows     the rows
   * @param parallel whether to use a parallel stream
   * @return the rates per key
   */
  public static Map<Key, List<Optional<BigDecimal>>> streams(List<CaseRow> rows,
      boolean parallel) {
    YearMonth from = YearMonth.of(2022, 1);
    YearMonth to = YearMonth.of(2024, 12);
    Stream<CaseRow> s = parallel ? rows.parallelStream() : rows.stream();
    Map<Key, Tally> groups = s
        .collect(Collectors.groupingBy(
            r -> new Key(r.division().ancestorAt(DivisionLevel.COUNTY), r.category(),
                YearMonth.from(LocalDate.ofInstant(r.registered(), WorkCalendar.ZONE))),
            Collector.of(Tally::new, Tally::add, Tally::merge)));
    Map<Key, List<Optional<BigDecimal>>> out = new HashMap<>();
    groups.forEach((k, t) -> {
      if (!k.month().isBefore(from) && !k.month().isAfter(to)) {
        out.put(k, t.rates());
      }
    });
    return out;
  }

  /**
   * Checks that both sides compute the same rates (run in setup for small record counts).
   *
   * @param report  our report
   * @param streams the Streams version's result
   */
  public static void check(Report report, Map<Key, List<Optional<BigDecimal>>> streams) {
    if (report.rows().size() != streams.size()) {
      throw new IllegalStateException("rows differ: " + report.rows().size() + " vs "
          + streams.size());
    }
    for (ReportRow row : report.rows()) {
      Period p = row.slice().period().orElseThrow();
      Key k = new Key(row.slice().division().orElseThrow(), row.slice().category().orElseThrow(),
          YearMonth.of(p.start().getYear(), p.start().getMonth()));
      List<Optional<BigDecimal>> ours = row.values().stream().map(v -> v.value()).toList();
      if (!ours.equals(streams.get(k))) {
        throw new IllegalStateException("rates differ at " + k + ": " + ours + " vs "
            + streams.get(k));
      }
    }
  }
}
