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
  /**
   * Index into {@link #patternTypes} and {@link #patternBits}: the row's case type and
   * {@link FactBits}, dictionary-encoded (a table holds few distinct combinations), so a
   * report precomputes its counter increments once per combination; null if a table ever
   * holds more than {@link #MAX_PATTERNS}.
   */
  public char[] pattern;
  /** The case type ordinal of each pattern. */
  public byte[] patternTypes = new byte[16];
  /** The {@link FactBits} of each pattern. */
  public int[] patternBits = new int[16];
  /** The number of patterns. */
  public int patterns;

  /** The most patterns a table encodes. */
  public static final int MAX_PATTERNS = 1 << 16;
  private final LongIntMap patternIds = new LongIntMap(64);

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
    pattern = new char[c];
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
    Subject what = f.subject();
    Timeline when = f.timeline();
    Handling how = f.handling();
    Optional<GridCode> g = what.grid();
    Optional<String> d = how.department();
    append(what.type().ordinal(), categoryId(what.category().code()),
        divisionId(what.division()), g.isPresent() ? gridId(g.get()) : -1,
        d.isPresent() ? departmentId(d.get()) : -1, when.registeredAt().getEpochSecond(),
        seconds(when.dueAt()), seconds(when.concludedAt()), FactBits.of(f),
        what.personVisits());
  }

  /**
   * The dictionary id of a category code, added if new.
   *
   * @param code the code
   * @return its id
   */
  public int categoryId(String code) {
    return id(code, categories, categoryIds);
  }

  /**
   * The dictionary id of a division, added if new.
   *
   * @param code the division
   * @return its id
   */
  public int divisionId(DivisionCode code) {
    return id(code, divisions, divisionIds);
  }

  /**
   * The dictionary id of a grid, added if new.
   *
   * @param code the grid
   * @return its id
   */
  public int gridId(GridCode code) {
    return id(code, grids, gridIds);
  }

  /**
   * The dictionary id of a department, added if new.
   *
   * @param id the department id
   * @return its dictionary id
   */
  public int departmentId(String id) {
    return id(id, departments, departmentIds);
  }

  /**
   * Appends a row of checked values: dictionary ids from this table's dictionaries.
   *
   * @param typeOrdinal  the case type's ordinal
   * @param categoryId   the category's id
   * @param divisionId   the division's id
   * @param gridId       the grid's id, -1 for none
   * @param departmentId the department's id, -1 for none
   * @param registeredAt epoch seconds
   * @param dueAt        epoch seconds or {@link #NONE}
   * @param concludedAt  epoch seconds or {@link #NONE}
   * @param factBits     the {@link FactBits}
   * @param personVisits the person-visits (at least 1)
   */
  public void append(int typeOrdinal, int categoryId, int divisionId, int gridId,
      int departmentId, long registeredAt, long dueAt, long concludedAt, int factBits,
      int personVisits) {
    if (size == type.length) {
      grow(size * 2);
    }
    int i = size;
    type[i] = (byte) typeOrdinal;
    category[i] = categoryId;
    division[i] = divisionId;
    if (gridId >= 0 && grid == null) {
      grid = filled(type.length);
    }
    if (grid != null) {
      grid[i] = gridId;
    }
    if (departmentId >= 0 && department == null) {
      department = filled(type.length);
    }
    if (department != null) {
      department[i] = departmentId;
    }
    registered[i] = registeredAt;
    due[i] = dueAt;
    concluded[i] = concludedAt;
    bits[i] = factBits;
    if (pattern != null) {
      int id = patternIds.putIfAbsent((long) typeOrdinal << 32 | (factBits & 0xFFFF_FFFFL),
          patterns);
      if (id == patterns) {
        if (patterns == MAX_PATTERNS) {
          pattern = null; // too varied to be worth it: the engine counts from the bits
        } else {
          if (patterns == patternBits.length) {
            patternBits = Arrays.copyOf(patternBits, patterns * 2);
            patternTypes = Arrays.copyOf(patternTypes, patterns * 2);
          }
          patternTypes[patterns] = (byte) typeOrdinal;
          patternBits[patterns] = factBits;
          patterns++;
        }
      }
      if (pattern != null) {
        pattern[i] = (char) id;
      }
    }
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
    if (pattern != null) {
      pattern = Arrays.copyOf(pattern, capacity);
    }
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
