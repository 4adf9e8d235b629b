package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;

/**
 * The standard categories of key populations and their supervision levels, as core's
 * {@link CategoryTaxonomy} (the same extensible tree as case categories): a vendor adds its
 * own with {@link CategoryTaxonomy#with(CaseCategory...)}.
 *
 * <p>Categories: {@code population.noncustodial} with its seven kinds (取保候审, 监视居住,
 * 假释缓刑, 监外执行, 管制, 已决未执行, 社区戒毒) and {@code population.minor} (重点未成年人).
 * Levels: {@code level.noncustodial.strict|ordinary|lenient} (严管, 普管, 宽管) and the four
 * levels of key minors {@code level.minor.one} ... {@code level.minor.four} (一级 ... 四级,
 * one the most intensive).
 *
 * <pre>{@code
 * CategoryTaxonomy categories = PopulationTaxonomy.categories()
 *     .with(CaseCategory.of("population.noncustodial.community_correction_youth", "未成年社区矫正", "Young offenders"));
 * categories.lineage(PopulationTaxonomy.PAROLE_PROBATION);   // [..parole_probation, ..noncustodial, population]
 * }</pre>
 */
public final class PopulationTaxonomy {

  /** {@code population}: every key population. */
  public static final CaseCategory POPULATION = CaseCategory.of("population", "重点人群", "Key populations");
  /** {@code population.noncustodial}: persons under non-custodial measures. */
  public static final CaseCategory NONCUSTODIAL = CaseCategory.of("population.noncustodial",
      "非羁押人员", "Non-custodial persons");
  /** 取保候审. */
  public static final CaseCategory BAIL = CaseCategory.of("population.noncustodial.bail",
      "取保候审", "Bail pending trial");
  /** 监视居住. */
  public static final CaseCategory RESIDENTIAL_SURVEILLANCE = CaseCategory.of(
      "population.noncustodial.residential_surveillance", "监视居住", "Residential surveillance");
  /** 假释缓刑. */
  public static final CaseCategory PAROLE_PROBATION = CaseCategory.of(
      "population.noncustodial.parole_probation", "假释缓刑", "Parole and probation");
  /** 监外执行. */
  public static final CaseCategory TEMPORARY_OUTSIDE = CaseCategory.of(
      "population.noncustodial.temporary_outside", "监外执行", "Sentence served outside prison");
  /** 管制. */
  public static final CaseCategory CONTROL = CaseCategory.of("population.noncustodial.control",
      "管制", "Public surveillance (guanzhi)");
  /** 已决未执行. */
  public static final CaseCategory SENTENCED_NOT_EXECUTED = CaseCategory.of(
      "population.noncustodial.sentenced_not_executed", "已决未执行", "Sentenced, not yet executed");
  /** 社区戒毒. */
  public static final CaseCategory COMMUNITY_DETOX = CaseCategory.of(
      "population.noncustodial.community_detox", "社区戒毒", "Community drug rehabilitation");
  /** {@code population.minor}: 重点未成年人. */
  public static final CaseCategory KEY_MINOR = CaseCategory.of("population.minor",
      "重点未成年人", "Key minors");

  /** {@code level}: every supervision level. */
  public static final CaseCategory LEVEL = CaseCategory.of("level", "管控等级", "Supervision levels");
  /** {@code level.noncustodial}. */
  public static final CaseCategory NONCUSTODIAL_LEVEL = CaseCategory.of("level.noncustodial",
      "非羁押管控等级", "Non-custodial levels");
  /** 严管. */
  public static final CaseCategory STRICT = CaseCategory.of("level.noncustodial.strict", "严管", "Strict");
  /** 普管. */
  public static final CaseCategory ORDINARY = CaseCategory.of("level.noncustodial.ordinary", "普管", "Ordinary");
  /** 宽管. */
  public static final CaseCategory LENIENT = CaseCategory.of("level.noncustodial.lenient", "宽管", "Lenient");
  /** {@code level.minor}. */
  public static final CaseCategory MINOR_LEVEL = CaseCategory.of("level.minor",
      "重点未成年人等级", "Key minor levels");
  /** 一级 (most intensive). */
  public static final CaseCategory MINOR_ONE = CaseCategory.of("level.minor.one", "一级", "Level one");
  /** 二级. */
  public static final CaseCategory MINOR_TWO = CaseCategory.of("level.minor.two", "二级", "Level two");
  /** 三级. */
  public static final CaseCategory MINOR_THREE = CaseCategory.of("level.minor.three", "三级", "Level three");
  /** 四级. */
  public static final CaseCategory MINOR_FOUR = CaseCategory.of("level.minor.four", "四级", "Level four");

  /** The case category of a grid incident raised for an overdue visit (走访超期). */
  public static final CaseCategory OVERDUE_VISIT = CaseCategory.of("people.overdue_visit",
      "走访超期", "Overdue supervision visit");

  private static final CategoryTaxonomy CATEGORIES = CategoryTaxonomy.empty().with(POPULATION,
      NONCUSTODIAL, BAIL, RESIDENTIAL_SURVEILLANCE, PAROLE_PROBATION, TEMPORARY_OUTSIDE, CONTROL,
      SENTENCED_NOT_EXECUTED, COMMUNITY_DETOX, KEY_MINOR);

  private static final CategoryTaxonomy LEVELS = CategoryTaxonomy.empty().with(LEVEL,
      NONCUSTODIAL_LEVEL, STRICT, ORDINARY, LENIENT, MINOR_LEVEL, MINOR_ONE, MINOR_TWO,
      MINOR_THREE, MINOR_FOUR);

  private PopulationTaxonomy() {
  }

  /**
   * The standard population categories: the seven non-custodial kinds and key minors.
   *
   * @return the taxonomy
   */
  public static CategoryTaxonomy categories() {
    return CATEGORIES;
  }

  /**
   * The standard supervision levels.
   *
   * @return the taxonomy
   */
  public static CategoryTaxonomy levels() {
    return LEVELS;
  }
}
