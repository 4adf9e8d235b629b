package io.github.shiyu.governance.metrics;

import static io.github.shiyu.governance.metrics.Measure.ACCEPTED;
import static io.github.shiyu.governance.metrics.Measure.BACKLOG_CLEARED;
import static io.github.shiyu.governance.metrics.Measure.BACKLOG_START;
import static io.github.shiyu.governance.metrics.Measure.INFLOW;
import static io.github.shiyu.governance.metrics.Measure.PSYCHOLOGIST_JOINED;
import static io.github.shiyu.governance.metrics.Measure.PSYCHOLOGIST_RESOLVED;
import static io.github.shiyu.governance.metrics.Measure.BASICALLY_SATISFIED;
import static io.github.shiyu.governance.metrics.Measure.CLOSED;
import static io.github.shiyu.governance.metrics.Measure.CONCLUDED;
import static io.github.shiyu.governance.metrics.Measure.CONCLUDED_ON_TIME;
import static io.github.shiyu.governance.metrics.Measure.DUE;
import static io.github.shiyu.governance.metrics.Measure.DUE_CONCLUDED;
import static io.github.shiyu.governance.metrics.Measure.DUE_CONCLUDED_ON_TIME;
import static io.github.shiyu.governance.metrics.Measure.FIRST_INSTANCE_CONCLUDED;
import static io.github.shiyu.governance.metrics.Measure.FOLLOWED_UP;
import static io.github.shiyu.governance.metrics.Measure.JUDICIAL_CONFIRMATION;
import static io.github.shiyu.governance.metrics.Measure.LAWSUITS_RECEIVED;
import static io.github.shiyu.governance.metrics.Measure.LITIGATED;
import static io.github.shiyu.governance.metrics.Measure.RATED;
import static io.github.shiyu.governance.metrics.Measure.REGISTERED;
import static io.github.shiyu.governance.metrics.Measure.REOPENED;
import static io.github.shiyu.governance.metrics.Measure.REPEAT;
import static io.github.shiyu.governance.metrics.Measure.RESIDENTS;
import static io.github.shiyu.governance.metrics.Measure.RESOLVED;
import static io.github.shiyu.governance.metrics.Measure.RESPONDED;
import static io.github.shiyu.governance.metrics.Measure.RETURNED;
import static io.github.shiyu.governance.metrics.Measure.REVERSED_OR_REMANDED;
import static io.github.shiyu.governance.metrics.Measure.SATISFIED;
import static io.github.shiyu.governance.metrics.Measure.SOLVED;
import static io.github.shiyu.governance.metrics.Measure.UNITS;
import static io.github.shiyu.governance.metrics.Measure.UNITS_COVERED;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.Metric.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of metric definitions with unique ids: the standard set, Beijing's three
 * rates, or a locality's own.
 *
 * <p>The standard set and its formulas (see {@code docs/decisions/0009-metrics.md}):
 * <ul>
 *   <li>{@code resolutionRate} 化解率 = resolved / registered, disputes only (Tongliao
 *       6925/7444)</li>
 *   <li>{@code mediationSuccessRate} 调解成功率 = resolved / concluded, disputes and
 *       pre-litigation mediation (Suzhou 115/130 = 88.46%)</li>
 *   <li>{@code judicialConfirmationRate} 司法确认率 = agreement confirmed / resolved, disputes
 *       and pre-litigation mediation (only an agreement can be confirmed; Tongliao's
 *       financial-dispute centre 827/1350)</li>
 *   <li>{@code closureRate} 结案率 = due and concluded / due (Tianmen 911/972 = 93.72%)</li>
 *   <li>{@code onTimeClosureRate} 按期结案率 = due and concluded on time / due (737/972)</li>
 *   <li>{@code conclusionRate} 办结率 = concluded / accepted (Tongliao proxy 440/500)</li>
 *   <li>{@code onTimeConclusionRate} 按期办结率 = concluded by the deadline / concluded (the
 *       hotline assessments' rate: it asks how many of the finished cases kept their limit,
 *       where {@code onTimeClosureRate} asks it of the cases due)</li>
 *   <li>{@code satisfactionRate} 满意率 = (satisfied + basically satisfied) / rated; basically
 *       satisfied is left out with {@link Options#countBasicallySatisfied(boolean)}</li>
 *   <li>{@code followUpRate} 回访率 = followed up / concluded</li>
 *   <li>{@code reworkRate} 重办率 = reopened / concluded</li>
 *   <li>{@code returnRate} 退单率 = returned / accepted</li>
 *   <li>{@code repeatPetitionRate} 重复信访率 = repeat / registered, petitions</li>
 *   <li>{@code lawsuitsPer10k} 万人成诉率 = litigated / residents × 10,000</li>
 *   <li>{@code closeOutRate} 销号率 = closed / registered</li>
 *   <li>{@code coverageRate} 覆盖率 / 组建率 = units covered / units</li>
 *   <li>{@code responseRate} 响应率 = responded / registered</li>
 *   <li>{@code solutionRate} 解决率 = solved / rated</li>
 * </ul>
 *
 * <pre>{@code
 * MetricSet set = MetricSet.standard(MetricSet.Options.defaults().countBasicallySatisfied(false));
 * set.require("satisfactionRate").numerator();   // [SATISFIED]
 * MetricSet mine = set.select("resolutionRate", "closureRate")
 *     .with(set.require("resolutionRate").withDigits(0));
 * }</pre>
 */
public final class MetricSet {

  private final Map<String, Metric> metrics;

  private MetricSet(Map<String, Metric> metrics) {
    this.metrics = metrics;
  }

  /**
   * Policy choices of the standard set that differ by locality.
   *
   * <pre>{@code
   * MetricSet.Options.defaults().percentDigits(1);   // 97.6% as Tongliao publishes
   * }</pre>
   *
   * @param countBasicallySatisfied whether 基本满意 counts as satisfied (default true)
   * @param percentDigits           decimals of the percent rates (default 2)
   * @param per10kDigits            decimals of the per-10,000 rates (default 2)
   */
  public record Options(boolean countBasicallySatisfied, int percentDigits, int per10kDigits) {

    /**
     * The documented defaults: basically satisfied counts, two decimals.
     *
     * @return the defaults
     */
    public static Options defaults() {
      return new Options(true, 2, 2);
    }

    /**
     * These options with another satisfaction rule.
     *
     * @param count whether basically satisfied counts as satisfied
     * @return new options
     */
    public Options countBasicallySatisfied(boolean count) {
      return new Options(count, percentDigits, per10kDigits);
    }

    /**
     * These options with other percent decimals.
     *
     * @param digits 0 to 6
     * @return new options
     */
    public Options percentDigits(int digits) {
      return new Options(countBasicallySatisfied, digits, per10kDigits);
    }

    /**
     * These options with other per-10,000 decimals.
     *
     * @param digits 0 to 6
     * @return new options
     */
    public Options per10kDigits(int digits) {
      return new Options(countBasicallySatisfied, percentDigits, digits);
    }
  }

  /**
   * The standard set with the default options.
   *
   * @return the standard set
   */
  public static MetricSet standard() {
    return standard(Options.defaults());
  }

  /**
   * The standard set with a locality's options.
   *
   * @param options the options
   * @return the standard set
   */
  public static MetricSet standard(Options options) {
    int p = options.percentDigits();
    Metric.Builder satisfaction = Metric.builder("satisfactionRate")
        .names("满意率", "satisfaction rate").numerator(SATISFIED).denominator(RATED);
    if (options.countBasicallySatisfied()) {
      satisfaction.numerator(BASICALLY_SATISFIED);
    }
    return of(
        percent("resolutionRate", "化解率", "resolution rate", RESOLVED, REGISTERED, p)
            .scope(CaseType.DISPUTE).build(),
        percent("mediationSuccessRate", "调解成功率", "mediation success rate", RESOLVED,
            CONCLUDED, p).scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION).build(),
        percent("judicialConfirmationRate", "司法确认率", "judicial confirmation rate",
            JUDICIAL_CONFIRMATION, RESOLVED, p)
            .scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION).build(),
        percent("closureRate", "结案率", "closure rate", DUE_CONCLUDED, DUE, p).build(),
        percent("onTimeClosureRate", "按期结案率", "on-time closure rate", DUE_CONCLUDED_ON_TIME,
            DUE, p).build(),
        percent("conclusionRate", "办结率", "conclusion rate", CONCLUDED, ACCEPTED, p).build(),
        percent("onTimeConclusionRate", "按期办结率", "on-time conclusion rate",
            CONCLUDED_ON_TIME, CONCLUDED, p).build(),
        satisfaction.digits(p).build(),
        percent("followUpRate", "回访率", "follow-up rate", FOLLOWED_UP, CONCLUDED, p).build(),
        percent("reworkRate", "重办率", "rework rate", REOPENED, CONCLUDED, p)
            .direction(Direction.LOWER_IS_BETTER).build(),
        percent("returnRate", "退单率", "return rate", RETURNED, ACCEPTED, p)
            .direction(Direction.LOWER_IS_BETTER).build(),
        percent("repeatPetitionRate", "重复信访率", "repeat petition rate", REPEAT, REGISTERED, p)
            .scope(CaseType.PETITION).direction(Direction.LOWER_IS_BETTER).build(),
        Metric.builder("lawsuitsPer10k").names("万人成诉率", "lawsuits per 10,000 residents")
            .numerator(LITIGATED).denominator(RESIDENTS).unit(MetricUnit.PER_10K)
            .digits(options.per10kDigits()).direction(Direction.LOWER_IS_BETTER).build(),
        percent("closeOutRate", "销号率", "close-out rate", CLOSED, REGISTERED, p).build(),
        percent("coverageRate", "覆盖率", "coverage rate", UNITS_COVERED, UNITS, p).build(),
        percent("responseRate", "响应率", "response rate", RESPONDED, REGISTERED, p).build(),
        percent("solutionRate", "解决率", "solution rate", SOLVED, RATED, p).build());
  }

  /**
   * Beijing's 接诉即办 three rates: response, solution and satisfaction, in that order.
   *
   * @return the three metrics of the standard set
   */
  public static MetricSet beijing() {
    return standard().select("responseRate", "solutionRate", "satisfactionRate");
  }

  /**
   * The petition proxy rates (信访代办, Tongliao), over the {@code PETITION_PROXY} matters only:
   * {@code proxyAccepted} 代办受理数, {@code proxyConcluded} 代办办结数,
   * {@code proxyConclusionRate} 代办办结率 = concluded / accepted (Tongliao 440/500 = 88.00%,
   * published as "接近90%") and {@code proxyFollowUpRate} 代办回访率 = followed up / concluded,
   * in that order.
   *
   * <pre>{@code
   * MetricSet.petitionProxy().require("proxyConclusionRate").value(440, 500);   // 88.00%
   * }</pre>
   *
   * @return the four proxy metrics
   */
  public static MetricSet petitionProxy() {
    int p = Options.defaults().percentDigits();
    return of(
        Metric.builder("proxyAccepted").names("代办受理数", "proxy matters accepted")
            .numerator(ACCEPTED).unit(MetricUnit.COUNT).digits(0)
            .scope(CaseType.PETITION_PROXY).build(),
        Metric.builder("proxyConcluded").names("代办办结数", "proxy matters concluded")
            .numerator(CONCLUDED).unit(MetricUnit.COUNT).digits(0)
            .scope(CaseType.PETITION_PROXY).build(),
        percent("proxyConclusionRate", "代办办结率", "proxy conclusion rate", CONCLUDED, ACCEPTED,
            p).scope(CaseType.PETITION_PROXY).build(),
        percent("proxyFollowUpRate", "代办回访率", "proxy follow-up rate", FOLLOWED_UP, CONCLUDED,
            p).scope(CaseType.PETITION_PROXY).build());
  }

  /**
   * The court and litigation figures, from a court's supplied counts per court and period:
   * {@code lawsuitsReceived} 收案数 (compare year on year: Tongliao 2022, 43,320, down 22.45%),
   * {@code reversalAndRemandRate} 一审案件改判发回重审率 = reversed or remanded / first-instance
   * concluded (Suzhou's key indicator; lower is better) and {@code preLitigationDiversionRate}
   * 诉前调解分流率 = pre-litigation mediations registered / lawsuits received, in that order.
   * {@code lawsuitsPer10k} 万人成诉率 stays in the {@linkplain #standard() standard set}.
   *
   * <pre>{@code
   * ReportSpec spec = ReportSpec.builder().metrics(MetricSet.courts())
   *     .supplied(Measure.LAWSUITS_RECEIVED, slice -> received.get(slice))
   *     .compare(Comparison.YEAR_OVER_YEAR) ...
   * }</pre>
   *
   * @return the three court metrics
   */
  public static MetricSet courts() {
    int p = Options.defaults().percentDigits();
    return of(
        Metric.builder("lawsuitsReceived").names("收案数", "lawsuits received")
            .numerator(LAWSUITS_RECEIVED).unit(MetricUnit.COUNT).digits(0)
            .direction(Direction.LOWER_IS_BETTER).build(),
        percent("reversalAndRemandRate", "一审案件改判发回重审率",
            "first-instance reversal and remand rate", REVERSED_OR_REMANDED,
            FIRST_INSTANCE_CONCLUDED, p).direction(Direction.LOWER_IS_BETTER).build(),
        percent("preLitigationDiversionRate", "诉前调解分流率", "pre-litigation diversion rate",
            REGISTERED, LAWSUITS_RECEIVED, p).scope(CaseType.PRE_LITIGATION).build());
  }

  /**
   * The experts' part in mediation (专家参与, Tongliao's 629 psychologists in 3,493
   * mediations, 93% resolved), over disputes and pre-litigation mediations:
   * {@code psychologistMediations} 心理咨询师参与调解数 (cases a psychologist joined,
   * {@code EXPERT_JOINED} with the field {@code psychology}), {@code psychologistResolved}
   * 心理咨询师参与化解数 and {@code psychologistResolutionRate} 心理咨询师参与化解率 = resolved /
   * joined, in that order. Tongliao publishes the rate in whole percent: {@code
   * withDigits(0)}.
   *
   * <pre>{@code
   * MetricSet.experts().require("psychologistResolutionRate").withDigits(0)
   *     .value(3250, 3493);   // 93%
   * }</pre>
   *
   * @return the three expert metrics
   */
  public static MetricSet experts() {
    int p = Options.defaults().percentDigits();
    return of(
        Metric.builder("psychologistMediations").names("心理咨询师参与调解数",
                "mediations with a psychologist")
            .numerator(PSYCHOLOGIST_JOINED).unit(MetricUnit.COUNT).digits(0)
            .scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION).build(),
        Metric.builder("psychologistResolved").names("心理咨询师参与化解数",
                "resolved with a psychologist")
            .numerator(PSYCHOLOGIST_RESOLVED).unit(MetricUnit.COUNT).digits(0)
            .scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION).build(),
        percent("psychologistResolutionRate", "心理咨询师参与化解率",
            "resolution rate with a psychologist", PSYCHOLOGIST_RESOLVED, PSYCHOLOGIST_JOINED, p)
            .scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION).build());
  }

  /**
   * 三联三清 (Laohekou: jointly survey the total, mediate the stock, prevent the inflow), a
   * stock-and-flow set in that order: {@code backlogStart} 期初存量 (open at the period's
   * start), {@code backlogCleared} 存量化解数 (of them, concluded within the period),
   * {@code backlogClearanceRate} 存量化解率 = cleared / backlog at start, {@code inflow} 增量
   * (registered in the period), {@code inflowResolutionRate} 增量化解率 = resolved / registered
   * (the period's new cases, their outcome as known when the facts were taken),
   * {@code recurrenceRate} 重复率 = repeat / registered and {@code reworkRate} 重办率 =
   * reopened / concluded (the matters that come back). The stock is counted over every case
   * type of the facts: report by {@code Dimension.type()} or give dispute facts only for the
   * disputes' 三联三清.
   *
   * @return the seven metrics
   */
  public static MetricSet threeClears() {
    int p = Options.defaults().percentDigits();
    return of(
        Metric.builder("backlogStart").names("期初存量", "backlog at start")
            .numerator(BACKLOG_START).unit(MetricUnit.COUNT).digits(0)
            .direction(Direction.LOWER_IS_BETTER).build(),
        Metric.builder("backlogCleared").names("存量化解数", "backlog cleared")
            .numerator(BACKLOG_CLEARED).unit(MetricUnit.COUNT).digits(0).build(),
        percent("backlogClearanceRate", "存量化解率", "backlog clearance rate", BACKLOG_CLEARED,
            BACKLOG_START, p).build(),
        Metric.builder("inflow").names("增量", "inflow")
            .numerator(INFLOW).unit(MetricUnit.COUNT).digits(0)
            .direction(Direction.LOWER_IS_BETTER).build(),
        percent("inflowResolutionRate", "增量化解率", "inflow resolution rate", RESOLVED, INFLOW,
            p).build(),
        percent("recurrenceRate", "重复率", "recurrence rate", REPEAT, REGISTERED, p)
            .direction(Direction.LOWER_IS_BETTER).build(),
        percent("reworkRate", "重办率", "rework rate", REOPENED, CONCLUDED, p)
            .direction(Direction.LOWER_IS_BETTER).build());
  }

  private static Metric.Builder percent(String id, String chinese, String english,
      Measure numerator, Measure denominator, int digits) {
    return Metric.builder(id).names(chinese, english).numerator(numerator)
        .denominator(denominator).digits(digits);
  }

  /**
   * A set of the given metrics, in order.
   *
   * @param metrics the metrics
   * @return the set
   * @throws InvalidValueException if two metrics share an id
   */
  public static MetricSet of(Metric... metrics) {
    return of(List.of(metrics));
  }

  /**
   * A set of the given metrics, in order.
   *
   * @param metrics the metrics
   * @return the set
   * @throws InvalidValueException if two metrics share an id
   */
  public static MetricSet of(List<Metric> metrics) {
    Map<String, Metric> map = new LinkedHashMap<>();
    for (Metric m : metrics) {
      if (map.put(m.id(), Objects.requireNonNull(m, "metric")) != null) {
        throw new InvalidValueException(MetricErrors.DEFINITION, m.id(), "id used twice");
      }
    }
    return new MetricSet(map);
  }

  /**
   * The metrics, in order.
   *
   * @return the metrics
   */
  public List<Metric> metrics() {
    return List.copyOf(metrics.values());
  }

  /**
   * The ids, in order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(metrics.keySet());
  }

  /**
   * Finds a metric.
   *
   * @param id the id
   * @return the metric, if in the set
   */
  public Optional<Metric> find(String id) {
    return Optional.ofNullable(metrics.get(id));
  }

  /**
   * A metric that must be in the set.
   *
   * @param id the id
   * @return the metric
   * @throws InvalidValueException {@code metrics.unknown_metric}
   */
  public Metric require(String id) {
    Metric m = metrics.get(id);
    if (m == null) {
      throw new InvalidValueException(MetricErrors.UNKNOWN_METRIC, id);
    }
    return m;
  }

  /**
   * The subset with the given ids, in the order given.
   *
   * @param ids ids in the set
   * @return the subset
   * @throws InvalidValueException {@code metrics.unknown_metric}
   */
  public MetricSet select(String... ids) {
    List<Metric> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(require(id));
    }
    return of(chosen);
  }

  /**
   * This set with a metric replaced (same id, same position) or added at the end.
   *
   * @param metric the metric
   * @return the new set
   */
  public MetricSet with(Metric metric) {
    Map<String, Metric> map = new LinkedHashMap<>(metrics);
    map.put(metric.id(), metric);
    return new MetricSet(map);
  }

  /**
   * Evaluates every metric on the same counts.
   *
   * @param counts the counts
   * @return the values, in the set's order
   */
  public List<MetricValue> evaluate(Counts counts) {
    return metrics.values().stream().map(m -> m.evaluate(counts)).toList();
  }

  /**
   * The number of metrics.
   *
   * @return the size
   */
  public int size() {
    return metrics.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricSet s && metrics.equals(s.metrics);
  }

  @Override
  public int hashCode() {
    return metrics.hashCode();
  }

  @Override
  public String toString() {
    return "MetricSet" + ids();
  }
}
