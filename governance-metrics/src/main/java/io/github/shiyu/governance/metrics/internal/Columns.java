package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.fact.Handling;
import io.github.shiyu.governance.metrics.fact.Subject;
import io.github.shiyu.governance.metrics.fact.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case facts as primitive columns with dictionary-encoded strings and codes: what the
 * accumulator scans. Grid, department and person-visit columns exist only once a row uses
 * them. Instants are epoch seconds, {@link #NONE} when absent.
 *
 * <p>This is the one implementation of the sealed {@link CaseFactTable}: the accumulator
 * reads a table's columns by pattern-matching it to this class, which only this module can
 * name (the package is not exported).
 */
public final class Columns implements CaseFactTable {

  /** An absent instant. */
  public static final long NONE = Long.MIN_VALUE;

  /** Rows in use. */
  public int size;
  /** Case type ordinal. */
  public byte[] type;
  /** Index into {@link #categories}. */
  public int[] category;
  /** Index into {@link #divisions}. */
  public int[] division;
  /** Index into {@link #grids}, -1 for none; null while no row has a grid. */
  public int[] grid;
  /** Index into {@link #departments}, -1 for none; null while no row has one. */
  public int[] department;
  /** Registration, epoch seconds. */
  public long[] registered;
  /** Due, epoch seconds or {@link #NONE}. */
  public long[] due;
  /** Conclusion, epoch seconds or {@link #NONE}. */
  public long[] concluded;
  /** {@link FactBits} of the row. */
  public int[] bits;
  /** Person-visits; null while every row has 1. */
  public int[] visits;

  /** Category dictionary. */
  public final List<String> categories = new ArrayList<>();
  /** Division dictionary. */
  public final List<DivisionCode> divisions = new ArrayList<>();
  /** Grid dictionary. */
  public final List<GridCode> grids = new ArrayList<>();
  /** Department dictionary. */
  public final List<String> departments = new ArrayList<>();

  private final Map<String, Integer> categoryIds = new HashMap<>();
  private final Map<DivisionCode, Integer> divisionIds = new HashMap<>();
  private final Map<GridCode, Integer> gridIds = new HashMap<>();
  private final Map<String, Integer> departmentIds = new HashMap<>();

  /**
   * Creates empty columns.
   *
   * @param capacity expected rows
   */
  public Columns(int capacity) {
    int c = Math.max(16, capacity);
    type = new byte[c];
    category = new int[c];
    division = new int[c];
    registered = new long[c];
    due = new long[c];
    concluded = new long[c];
    bits = new int[c];
  }

  private static long seconds(Optional<Instant> at) {
    return at.isPresent() ? at.get().getEpochSecond() : NONE;
  }

  private static <T> int id(T value, List<T> dict, Map<T, Integer> ids) {
    Integer id = ids.get(value);
    if (id == null) {
      id = dict.size();
      dict.add(value);
      ids.put(value, id);
    }
    return id;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "CaseFactTable[" + size + " rows, " + divisions.size() + " divisions, "
        + categories.size() + " categories]";
  }

  /**
   * Appends a fact.
   *
   * @param f the fact
   */
  public void add(CaseFact f) {
    if (size == type.length) {
      grow(size * 2);
    }
    Subject what = f.subject();
    Timeline when = f.timeline();
    Handling how = f.handling();
    int i = size;
    type[i] = (byte) what.type().ordinal();
    category[i] = id(what.category().code(), categories, categoryIds);
    division[i] = id(what.division(), divisions, divisionIds);
    Optional<GridCode> g = what.grid();
    if (g.isPresent() && grid == null) {
      grid = filled(type.length);
    }
    if (grid != null) {
      grid[i] = g.isPresent() ? id(g.get(), grids, gridIds) : -1;
    }
    Optional<String> d = how.department();
    if (d.isPresent() && department == null) {
      department = filled(type.length);
    }
    if (department != null) {
      department[i] = d.isPresent() ? id(d.get(), departments, departmentIds) : -1;
    }
    registered[i] = when.registeredAt().getEpochSecond();
    due[i] = seconds(when.dueAt());
    concluded[i] = seconds(when.concludedAt());
    bits[i] = FactBits.of(f);
    int personVisits = what.personVisits();
    if (personVisits != 1 && visits == null) {
      visits = new int[type.length];
      Arrays.fill(visits, 1);
    }
    if (visits != null) {
      visits[i] = personVisits;
    }
    size++;
  }

  private static int[] filled(int length) {
    int[] a = new int[length];
    Arrays.fill(a, -1);
    return a;
  }

  private void grow(int capacity) {
    type = Arrays.copyOf(type, capacity);
    category = Arrays.copyOf(category, capacity);
    division = Arrays.copyOf(division, capacity);
    registered = Arrays.copyOf(registered, capacity);
    due = Arrays.copyOf(due, capacity);
    concluded = Arrays.copyOf(concluded, capacity);
    bits = Arrays.copyOf(bits, capacity);
    if (grid != null) {
      int old = grid.length;
      grid = Arrays.copyOf(grid, capacity);
      Arrays.fill(grid, Math.min(old, capacity), capacity, -1);
    }
    if (department != null) {
      int old = department.length;
      department = Arrays.copyOf(department, capacity);
      Arrays.fill(department, Math.min(old, capacity), capacity, -1);
    }
    if (visits != null) {
      int old = visits.length;
      visits = Arrays.copyOf(visits, capacity);
      Arrays.fill(visits, Math.min(old, capacity), capacity, 1);
    }
  }

  /** Trims the arrays to the rows in use. */
  public void trim() {
    if (type.length != size) {
      grow(size);
    }
  }
}
