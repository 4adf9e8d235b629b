package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import java.util.List;

/**
 * The duties of a grid worker (网格员职责) as core's {@link CategoryTaxonomy}: the seven standard
 * duty types under {@code duty}, extensible with {@link CategoryTaxonomy#with(CaseCategory...)}
 * like case categories. Every {@link VisitRecord} of a {@link GridDiary} names one.
 *
 * <p>The first two, 基础信息采集 and 社情民意巡访, are the ones Kuiwen's published description
 * of its seven duties starts with (issue 16, SEED-FIGURES); the remaining five are the SDK's
 * choice from duty lists counties commonly publish, not a verified copy of Kuiwen's text: a
 * county whose list differs adds or renames its own (ADR 0016).
 *
 * <pre>{@code
 * CategoryTaxonomy duties = DutyTaxonomy.duties()
 *     .with(CaseCategory.of("duty.epidemic_prevention", "疫情防控", "Epidemic prevention"));
 * duties.children(DutyTaxonomy.DUTY);   // the seven standard duties and the county's own
 * }</pre>
 */
public final class DutyTaxonomy {

  /** {@code duty}: every duty of a grid worker. */
  public static final CaseCategory DUTY = CaseCategory.of("duty", "网格员职责", "Grid worker duties");
  /** 基础信息采集: collecting and updating the grid's basic data (people, houses, units). */
  public static final CaseCategory BASIC_INFORMATION = CaseCategory.of("duty.basic_information",
      "基础信息采集", "Basic information collection");
  /** 社情民意巡访: visiting households and listening to residents. */
  public static final CaseCategory SENTIMENT_VISIT = CaseCategory.of("duty.sentiment_visit",
      "社情民意巡访", "Visits on residents' conditions and opinions");
  /** 矛盾纠纷排查化解: finding disputes early and settling or reporting them. */
  public static final CaseCategory DISPUTE_SCREENING = CaseCategory.of("duty.dispute_screening",
      "矛盾纠纷排查化解", "Dispute screening and settlement");
  /** 安全隐患排查: fire, building, traffic and other hazards. */
  public static final CaseCategory HAZARD_INSPECTION = CaseCategory.of("duty.hazard_inspection",
      "安全隐患排查", "Safety hazard inspection");
  /** 特殊人群服务管理: key populations under supervision and vulnerable residents. */
  public static final CaseCategory SPECIAL_POPULATION = CaseCategory.of("duty.special_population",
      "特殊人群服务管理", "Services for special populations");
  /** 政策法规宣传: publicising policies and laws. */
  public static final CaseCategory POLICY_PUBLICITY = CaseCategory.of("duty.policy_publicity",
      "政策法规宣传", "Policy and law publicity");
  /** 便民服务代办: handling public services on residents' behalf. */
  public static final CaseCategory SERVICE_PROXY = CaseCategory.of("duty.service_proxy",
      "便民服务代办", "Public services on residents' behalf");

  /** The seven standard duties, in the order above. */
  public static final List<CaseCategory> STANDARD = List.of(BASIC_INFORMATION, SENTIMENT_VISIT,
      DISPUTE_SCREENING, HAZARD_INSPECTION, SPECIAL_POPULATION, POLICY_PUBLICITY, SERVICE_PROXY);

  private static final CategoryTaxonomy DUTIES = CategoryTaxonomy.empty().with(DUTY,
      BASIC_INFORMATION, SENTIMENT_VISIT, DISPUTE_SCREENING, HAZARD_INSPECTION, SPECIAL_POPULATION,
      POLICY_PUBLICITY, SERVICE_PROXY);

  private DutyTaxonomy() {
  }

  /**
   * The standard duties.
   *
   * @return the taxonomy: {@code duty} and its seven children
   */
  public static CategoryTaxonomy duties() {
    return DUTIES;
  }
}
