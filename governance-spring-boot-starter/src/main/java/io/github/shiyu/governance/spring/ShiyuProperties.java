package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.time.PeriodUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code shiyu.*} properties: the province's and the county's data and policy, each with a
 * documented default, so that an application configures the SDK without code.
 *
 * <pre>
 * shiyu.calendar.file=config/calendar-hubei.txt
 * shiyu.divisions.file=config/townships.csv
 * shiyu.workflows.limits.work-order.handling.amount=10
 * shiyu.workflows.limits.work-order.handling.unit=WORKING_DAYS
 * shiyu.grid.layer-file=config/grids.geojson
 * shiyu.routing.file=config/routing.csv
 * shiyu.routing.departments-file=config/departments.csv
 * shiyu.masking.resident-id-first=6
 * shiyu.schedule.enabled=false
 * </pre>
 */
@ConfigurationProperties("shiyu")
public class ShiyuProperties {

  private final Calendar calendar = new Calendar();
  private final Divisions divisions = new Divisions();
  private final Workflows workflows = new Workflows();
  private final Grid grid = new Grid();
  private final Routing routing = new Routing();
  private final Masking masking = new Masking();
  private final Store store = new Store();
  private final Schedule schedule = new Schedule();

  /**
   * The work calendar.
   *
   * @return its properties
   */
  public Calendar getCalendar() {
    return calendar;
  }

  /**
   * The division directory.
   *
   * @return its properties
   */
  public Divisions getDivisions() {
    return divisions;
  }

  /**
   * The standard workflows.
   *
   * @return their properties
   */
  public Workflows getWorkflows() {
    return workflows;
  }

  /**
   * The grid layer.
   *
   * @return its properties
   */
  public Grid getGrid() {
    return grid;
  }

  /**
   * The routing table.
   *
   * @return its properties
   */
  public Routing getRouting() {
    return routing;
  }

  /**
   * The masking policy.
   *
   * @return its properties
   */
  public Masking getMasking() {
    return masking;
  }

  /**
   * The case store.
   *
   * @return its properties
   */
  public Store getStore() {
    return store;
  }

  /**
   * The deadline monitor's and the escalation policy's schedule.
   *
   * @return its properties
   */
  public Schedule getSchedule() {
    return schedule;
  }

  /** The work calendar: the national one, with a province's local file over it. */
  public static class Calendar {
    /**
     * A local calendar file (the format of {@code WorkCalendar.read}) laid over the national
     * calendar; none by default.
     */
    private Path file;

    /**
     * The local calendar file.
     *
     * @return the file, or null for none
     */
    public Path getFile() {
      return file;
    }

    /**
     * Sets the local calendar file.
     *
     * @param file the file
     */
    public void setFile(Path file) {
      this.file = file;
    }
  }

  /** The division directory: the embedded national one, with the vendor's townships. */
  public static class Divisions {
    /**
     * A CSV file of divisions ({@code code,name}, as {@code DivisionDirectory.read}) added to
     * the embedded directory: the vendor's townships and villages; none by default.
     */
    private Path file;
    /** The version the added divisions are named with. */
    private String version = "local";

    /**
     * The divisions file.
     *
     * @return the file, or null for none
     */
    public Path getFile() {
      return file;
    }

    /**
     * Sets the divisions file.
     *
     * @param file the file
     */
    public void setFile(Path file) {
      this.file = file;
    }

    /**
     * The added divisions' version.
     *
     * @return the version
     */
    public String getVersion() {
      return version;
    }

    /**
     * Sets the added divisions' version.
     *
     * @param version the version
     */
    public void setVersion(String version) {
      this.version = version;
    }
  }

  /** The five standard workflows and their time limits. */
  public static class Workflows {
    /**
     * Time limits replacing the defaults: workflow name (e.g. {@code work-order}) to limit name
     * (e.g. {@code handling}) to the limit; the rest keep their statutory defaults.
     */
    private Map<String, Map<String, Limit>> limits = new LinkedHashMap<>();

    /**
     * The overridden limits.
     *
     * @return workflow to limit name to limit
     */
    public Map<String, Map<String, Limit>> getLimits() {
      return limits;
    }

    /**
     * Sets the overridden limits.
     *
     * @param limits workflow to limit name to limit
     */
    public void setLimits(Map<String, Map<String, Limit>> limits) {
      this.limits = limits;
    }

    /**
     * Time limits of one category and the categories under it, over the workflow's default:
     * workflow name to limit name to category code (in brackets, since codes hold dots:
     * {@code shiyu.workflows.category-limits.work-order.handling.[hotline.consultation].amount=2})
     * to the limit. The category must be in the standard taxonomy.
     */
    private Map<String, Map<String, Map<String, Limit>>> categoryLimits = new LinkedHashMap<>();

    /**
     * The per-category limits.
     *
     * @return workflow to limit name to category code to limit
     */
    public Map<String, Map<String, Map<String, Limit>>> getCategoryLimits() {
      return categoryLimits;
    }

    /**
     * Sets the per-category limits.
     *
     * @param categoryLimits workflow to limit name to category code to limit
     */
    public void setCategoryLimits(Map<String, Map<String, Map<String, Limit>>> categoryLimits) {
      this.categoryLimits = categoryLimits;
    }
  }

  /** One time limit: an amount of a unit. */
  public static class Limit {
    /** The amount, from 1. */
    private int amount;
    /** The unit. */
    private PeriodUnit unit = PeriodUnit.WORKING_DAYS;

    /**
     * The amount.
     *
     * @return the amount
     */
    public int getAmount() {
      return amount;
    }

    /**
     * Sets the amount.
     *
     * @param amount the amount
     */
    public void setAmount(int amount) {
      this.amount = amount;
    }

    /**
     * The unit.
     *
     * @return the unit
     */
    public PeriodUnit getUnit() {
      return unit;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit
     */
    public void setUnit(PeriodUnit unit) {
      this.unit = unit;
    }
  }

  /** The grid layer. */
  public static class Grid {
    /** A GeoJSON file of the county's grids; no grid index without one. */
    private Path layerFile;
    /** The coordinate system the file declares and the layer is kept in. */
    private CoordinateSystem crs = CoordinateSystem.WGS84;

    /**
     * The layer file.
     *
     * @return the file, or null for none
     */
    public Path getLayerFile() {
      return layerFile;
    }

    /**
     * Sets the layer file.
     *
     * @param layerFile the file
     */
    public void setLayerFile(Path layerFile) {
      this.layerFile = layerFile;
    }

    /**
     * The coordinate system.
     *
     * @return the system
     */
    public CoordinateSystem getCrs() {
      return crs;
    }

    /**
     * Sets the coordinate system.
     *
     * @param crs the system
     */
    public void setCrs(CoordinateSystem crs) {
      this.crs = crs;
    }
  }

  /** The routing table: which department a category goes to at a level. */
  public static class Routing {
    /**
     * A CSV file {@code category,level,departments} (department ids separated by spaces); no
     * routing table (and no dispatcher) without one.
     */
    private Path file;
    /** A CSV file {@code id,name,division} of the departments the routing file names. */
    private Path departmentsFile;

    /**
     * The routing file.
     *
     * @return the file, or null for none
     */
    public Path getFile() {
      return file;
    }

    /**
     * Sets the routing file.
     *
     * @param file the file
     */
    public void setFile(Path file) {
      this.file = file;
    }

    /**
     * The departments file.
     *
     * @return the file, or null for none
     */
    public Path getDepartmentsFile() {
      return departmentsFile;
    }

    /**
     * Sets the departments file.
     *
     * @param departmentsFile the file
     */
    public void setDepartmentsFile(Path departmentsFile) {
      this.departmentsFile = departmentsFile;
    }
  }

  /** The masking policy for personal data in JSON, logs and displays. */
  public static class Masking {
    /** Leading characters of a resident ID number left visible. */
    private int residentIdFirst = 6;
    /** Trailing characters of a resident ID number left visible. */
    private int residentIdLast = 4;
    /** Leading digits of a phone number left visible. */
    private int phoneFirst = 3;
    /** Trailing digits of a phone number left visible. */
    private int phoneLast = 4;
    /** The mask character. */
    private char maskCharacter = '*';

    /**
     * Visible leading ID characters.
     *
     * @return the count
     */
    public int getResidentIdFirst() {
      return residentIdFirst;
    }

    /**
     * Sets the visible leading ID characters.
     *
     * @param residentIdFirst the count
     */
    public void setResidentIdFirst(int residentIdFirst) {
      this.residentIdFirst = residentIdFirst;
    }

    /**
     * Visible trailing ID characters.
     *
     * @return the count
     */
    public int getResidentIdLast() {
      return residentIdLast;
    }

    /**
     * Sets the visible trailing ID characters.
     *
     * @param residentIdLast the count
     */
    public void setResidentIdLast(int residentIdLast) {
      this.residentIdLast = residentIdLast;
    }

    /**
     * Visible leading phone digits.
     *
     * @return the count
     */
    public int getPhoneFirst() {
      return phoneFirst;
    }

    /**
     * Sets the visible leading phone digits.
     *
     * @param phoneFirst the count
     */
    public void setPhoneFirst(int phoneFirst) {
      this.phoneFirst = phoneFirst;
    }

    /**
     * Visible trailing phone digits.
     *
     * @return the count
     */
    public int getPhoneLast() {
      return phoneLast;
    }

    /**
     * Sets the visible trailing phone digits.
     *
     * @param phoneLast the count
     */
    public void setPhoneLast(int phoneLast) {
      this.phoneLast = phoneLast;
    }

    /**
     * The mask character.
     *
     * @return the character
     */
    public char getMaskCharacter() {
      return maskCharacter;
    }

    /**
     * Sets the mask character.
     *
     * @param maskCharacter the character
     */
    public void setMaskCharacter(char maskCharacter) {
      this.maskCharacter = maskCharacter;
    }
  }

  /** The case store. */
  public static class Store {
    /**
     * Whether the JDBC store's Flyway migrations run at start-up (with a DataSource and Flyway
     * on the class path; without Flyway the store creates its schema itself).
     */
    private boolean migrate = true;

    /**
     * Whether migrations run.
     *
     * @return true to migrate
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets whether migrations run.
     *
     * @param migrate true to migrate
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** The schedule the deadline monitor and the escalation policy run on. */
  public static class Schedule {
    /** Whether they run; turn off where another process (or a cluster's leader) runs them. */
    private boolean enabled = true;
    /** How often they run. */
    private Duration interval = Duration.ofMinutes(5);
    /** The share of a time limit used at which the monitor warns. */
    private double threshold = 0.8;
    /** Whether the escalation policy runs with the monitor. */
    private boolean escalate = true;

    /**
     * Whether they run.
     *
     * @return true to run
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether they run.
     *
     * @param enabled true to run
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * How often.
     *
     * @return the interval
     */
    public Duration getInterval() {
      return interval;
    }

    /**
     * Sets how often.
     *
     * @param interval the interval
     */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    /**
     * The warning threshold.
     *
     * @return the share, in (0, 1)
     */
    public double getThreshold() {
      return threshold;
    }

    /**
     * Sets the warning threshold.
     *
     * @param threshold the share
     */
    public void setThreshold(double threshold) {
      this.threshold = threshold;
    }

    /**
     * Whether escalation runs.
     *
     * @return true to escalate
     */
    public boolean isEscalate() {
      return escalate;
    }

    /**
     * Sets whether escalation runs.
     *
     * @param escalate true to escalate
     */
    public void setEscalate(boolean escalate) {
      this.escalate = escalate;
    }
  }
}
