package io.github.shiyu.governance.metrics;

/**
 * A count over case facts that metric numerators and denominators are made of.
 *
 * <p>Each measure is attributed to a period by its {@linkplain #anchor() anchor}: the
 * registration cohort (a case counts in the period it was registered in, with its outcome
 * as known when the facts were taken), the due cohort (digital city management's 应结案数:
 * cases whose deadline falls in the period), the conclusion instant (outflow), or nothing
 * at all for figures supplied from outside the case facts (residents, units).
 *
 * <p>Every numerator of the standard set is a subset of its denominator by construction
 * (for example {@link #RESOLVED} requires the case to be concluded), which is why a
 * standard rate is always undefined or within [0, 1].
 *
 * <pre>{@code
 * Counts counts = Counts.of(Measure.CONCLUDED, 130, Measure.RESOLVED, 115);
 * counts.get(Measure.RESOLVED);   // 115
 * }</pre>
 */
public enum Measure {
  /** 登记: every case registered (the inflow of the stock-and-flow table). */
  REGISTERED("登记", "registered", Anchor.REGISTRATION),
  /** 受理: accepted (taken on); a concluded case is always accepted. */
  ACCEPTED("受理", "accepted", Anchor.REGISTRATION),
  /** 办结: concluded. */
  CONCLUDED("办结", "concluded", Anchor.REGISTRATION),
  /** 按期办结: concluded no later than its due instant (a case without a deadline is on time). */
  CONCLUDED_ON_TIME("按期办结", "concluded on time", Anchor.REGISTRATION),
  /** 化解 / 调解成功: settled; always concluded. */
  RESOLVED("化解", "resolved", Anchor.REGISTRATION),
  /** 司法确认: a mediation agreement confirmed by a court; always resolved. */
  JUDICIAL_CONFIRMATION("司法确认", "agreement confirmed", Anchor.REGISTRATION),
  /** 参评: rated by the citizen. */
  RATED("参评", "rated", Anchor.REGISTRATION),
  /** 满意: rated satisfied. */
  SATISFIED("满意", "satisfied", Anchor.REGISTRATION),
  /** 基本满意: rated basically satisfied. */
  BASICALLY_SATISFIED("基本满意", "basically satisfied", Anchor.REGISTRATION),
  /** 不满意: rated dissatisfied. */
  DISSATISFIED("不满意", "dissatisfied", Anchor.REGISTRATION),
  /** 已解决: rated, and the citizen says the matter is solved (Beijing's 解决率). */
  SOLVED("已解决", "solved", Anchor.REGISTRATION),
  /** 响应: the citizen was contacted within the response time (Beijing's 响应率). */
  RESPONDED("响应", "responded", Anchor.REGISTRATION),
  /** 回访: concluded and followed up. */
  FOLLOWED_UP("回访", "followed up", Anchor.REGISTRATION),
  /** 重办: concluded after being reopened at least once (rework). */
  REOPENED("重办", "reopened", Anchor.REGISTRATION),
  /** 退单: accepted and returned by a receiver at least once. */
  RETURNED("退单", "returned", Anchor.REGISTRATION),
  /** 提级: escalated to a higher level at least once. */
  ESCALATED("提级", "escalated", Anchor.REGISTRATION),
  /** 重复信访 / 重复件: a repeat of an earlier case on the same matter. */
  REPEAT("重复", "repeat", Anchor.REGISTRATION),
  /** 成诉: led to a lawsuit being filed. */
  LITIGATED("成诉", "litigated", Anchor.REGISTRATION),
  /** 销号 / 归档: closed; nothing more to do. */
  CLOSED("销号", "closed", Anchor.REGISTRATION),
  /** 人次: person-visits, the sum of the facts' person-visit counts (件次 is REGISTERED). */
  PERSON_VISITS("人次", "person-visits", Anchor.REGISTRATION),
  /** 应结案: due in the period (anchored at the due instant). */
  DUE("应结案", "due", Anchor.DUE),
  /** 结案: due in the period and concluded. */
  DUE_CONCLUDED("结案", "due and concluded", Anchor.DUE),
  /** 按期结案: due in the period and concluded no later than due. */
  DUE_CONCLUDED_ON_TIME("按期结案", "due and concluded on time", Anchor.DUE),
  /** 出量: concluded in the period (anchored at the conclusion instant). */
  OUTFLOW("出量", "outflow", Anchor.CONCLUSION),
  /** 增量: registered in the period; the same count as {@link #REGISTERED}. */
  INFLOW("增量", "inflow", Anchor.REGISTRATION),
  /** 期初存量: registered before the period and not concluded before it started. */
  BACKLOG_START("期初存量", "backlog at start", Anchor.STOCK),
  /** 期末存量: registered before the period ended and not concluded by then. */
  BACKLOG_END("期末存量", "backlog at end", Anchor.STOCK),
  /** 常住人口: resident population, supplied per division (for 万人成诉率). */
  RESIDENTS("常住人口", "residents", Anchor.SUPPLIED),
  /** 单位数: units to cover (compounds, grids), supplied. */
  UNITS("单位数", "units", Anchor.SUPPLIED),
  /** 已覆盖单位数: units covered (a party branch formed, a grid staffed), supplied. */
  UNITS_COVERED("已覆盖单位数", "units covered", Anchor.SUPPLIED),
  /** 收案数: lawsuits a court received, supplied per court and period (a court's own figures). */
  LAWSUITS_RECEIVED("收案数", "lawsuits received", Anchor.SUPPLIED),
  /** 一审结案数: first-instance cases a court concluded, supplied per court and period. */
  FIRST_INSTANCE_CONCLUDED("一审结案数", "first-instance cases concluded", Anchor.SUPPLIED),
  /**
   * 一审改判发回重审数: first-instance judgments reversed or remanded on appeal, supplied per
   * court and period (Suzhou's key court indicator).
   */
  REVERSED_OR_REMANDED("改判发回重审数", "reversed or remanded", Anchor.SUPPLIED),
  /**
   * 清存量 / 存量化解: concluded in the period, registered before it started: the part of the
   * opening backlog ({@link #BACKLOG_START}) cleared within the period (Laohekou's 三联三清).
   * Anchored at the conclusion instant; which period the registration falls in decides it.
   */
  BACKLOG_CLEARED("存量化解", "backlog cleared", Anchor.CONCLUSION),
  /**
   * 心理咨询师参与: a psychologist joined the case ({@code EXPERT_JOINED} with the field
   * {@code psychology}): Tongliao's "629 psychologists joined 3,493 mediations".
   */
  PSYCHOLOGIST_JOINED("心理咨询师参与", "psychologist joined", Anchor.REGISTRATION),
  /** 心理咨询师参与化解: resolved with a psychologist; always resolved and joined. */
  PSYCHOLOGIST_RESOLVED("心理咨询师参与化解", "resolved with a psychologist",
      Anchor.REGISTRATION);

  /**
   * Which instant puts a measure into a period.
   *
   * <pre>{@code
   * Measure.DUE.anchor();   // Anchor.DUE
   * }</pre>
   */
  public enum Anchor {
    /** The registration instant: the registration cohort. */
    REGISTRATION,
    /** The due instant: the due cohort. */
    DUE,
    /** The conclusion instant. */
    CONCLUSION,
    /** Derived from inflow and outflow: backlog at a period's start or end. */
    STOCK,
    /** Not from case facts: supplied by the caller. */
    SUPPLIED
  }

  private final String chineseName;
  private final String englishName;
  private final Anchor anchor;

  Measure(String chineseName, String englishName, Anchor anchor) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.anchor = anchor;
  }

  /**
   * The Chinese name used in published reports.
   *
   * @return for example {@code 化解}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The English name.
   *
   * @return for example {@code resolved}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The instant that puts this measure into a period.
   *
   * @return the anchor
   */
  public Anchor anchor() {
    return anchor;
  }

  /**
   * The column name in JSON and CSV: the constant's name in lower case.
   *
   * @return for example {@code due_concluded_on_time}
   */
  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
