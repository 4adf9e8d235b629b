package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.Timeline;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accumulator's engine: groups keyed by a packed long (one bit field per dimension plus
 * the period), each holding one long counter per slot. A slot is a measure counted for a
 * set of case types (a metric's scope), attributed to a period by the measure's anchor.
 *
 * <p>Counters only ever add (or subtract, for a removed fact), so merging two engines adds
 * their counters group by group: associative and commutative, and any split of the facts
 * gives the same counters as one pass. A large batch whose dimensions are single-valued is
 * first counted into a dense local array indexed by the batch's own small dictionaries,
 * then folded into the groups once, which avoids a hash lookup per row.
 */
public final class Engine {

  /** The type mask of every case type. */
  public static final int ALL_TYPES = (1 << CaseType.values().length) - 1;
  /** The value of a missing grid or department. */
  public static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "none";
    }
  };

  // Asia/Shanghai has been UTC+8 without daylight saving since 1991-09-15
  private static final long FIXED_OFFSET_FROM = 694_224_000L; // 1992-01-01T00:00:00Z
  private static final long OFFSET = 8 * 3600;
  private static final int DENSE_MIN_ROWS = 4096;
  private static final int DENSE_MAX_CELLS = 1 << 22;
  private static final CaseType[] TYPES = CaseType.values();
  /** The number of key bits of the period. */
  public static final int PERIOD_BITS = 16;

  private final ReportSpec spec;
  private final Dimension[] dims;
  private final int[] shifts;
  private final long[] masks;
  private final int periodShift;
  private final Dict[] dicts;

  private final List<Slot> slotList = new ArrayList<>();
  private final int slots;
  private final int[] regSlots;
  private final int[] dueSlots;
  private final int[] conSlots;
  private final int[] visitSlots;
  private final int[][] regBits;
  private final int[][] dueBits;
  private final int[][] conBits;
  private final boolean[][] visitApplies;
  private final int openingSlot;

  private final int periodCount;
  private final long firstDay;
  private final int[] dayToPeriod;
  private final long windowStartSecond;

  private final LongIntMap groupIndex = new LongIntMap(64);
  private long[] keys = new long[64];
  private long[] counts;
  private int groups;
  // groups [0, indexed) are in groupIndex; a dense batch into an empty engine skips it
  private int indexed;
  // the single-fact path's caches and scratch (an engine is not thread-safe anyway)
  private final List<Map<Object, int[]>> single;
  private final int[][] oneIds;
  private final int[] oneAt;

  /**
   * Creates an empty engine for a specification.
   *
   * @param spec the report specification
   */
  public Engine(ReportSpec spec) {
    this.spec = spec;
    this.dims = spec.dimensions().toArray(new Dimension[0]);
    this.shifts = new int[dims.length];
    this.masks = new long[dims.length];
    this.dicts = new Dict[dims.length];
    int shift = 0;
    for (int k = 0; k < dims.length; k++) {
      int bits = keyBits(dims[k].kind());
      shifts[k] = shift;
      masks[k] = (1L << bits) - 1;
      dicts[k] = new Dict(dims[k].kind().column(), 1 << bits);
      shift += bits;
    }
    this.periodShift = shift;
    this.single = newCaches(dims.length);
    this.oneIds = new int[dims.length][];
    this.oneAt = new int[dims.length];

    // slots: every fact measure a metric uses, for all types (the row's counts) and for the
    // metric's scope (its value); the stock measures derive from inflow, outflow, opening
    boolean stock = spec.stockAndFlow();
    for (Metric m : spec.metrics().metrics()) {
      int mask = mask(m.scope());
      for (List<Measure> terms : List.of(m.numerator(), m.denominator())) {
        for (Measure measure : terms) {
          switch (measure.anchor()) {
            case STOCK -> stock = true;
            case SUPPLIED -> { }
            default -> {
              slot(measure, ALL_TYPES);
              slot(measure, mask);
            }
          }
        }
      }
    }
    for (Measure measure : spec.counts()) {
      if (measure.anchor() == Measure.Anchor.STOCK) {
        stock = true;
      } else {
        slot(measure, ALL_TYPES);
      }
    }
    if (stock) {
      slot(Measure.INFLOW, ALL_TYPES);
      slot(Measure.OUTFLOW, ALL_TYPES);
      slot(Measure.BACKLOG_START, ALL_TYPES);
    }
    // registration slots first, so the hot loop adds to consecutive counters (a stable sort)
    slotList.sort(Comparator.comparingInt(slot -> rank(slot.measure())));
    this.slots = slotList.size();
    this.openingSlot = slotOf(Measure.BACKLOG_START, ALL_TYPES);
    List<Integer> reg = new ArrayList<>();
    List<Integer> due = new ArrayList<>();
    List<Integer> con = new ArrayList<>();
    List<Integer> vis = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      Measure m = slotList.get(s).measure();
      if (m == Measure.PERSON_VISITS) {
        vis.add(s);
      } else if (m.anchor() == Measure.Anchor.REGISTRATION) {
        reg.add(s);
      } else if (m.anchor() == Measure.Anchor.DUE) {
        due.add(s);
      } else if (m.anchor() == Measure.Anchor.CONCLUSION) {
        con.add(s);
      }
    }
    regSlots = ints(reg);
    dueSlots = ints(due);
    conSlots = ints(con);
    visitSlots = ints(vis);
    regBits = bitsByType(regSlots);
    dueBits = bitsByType(dueSlots);
    conBits = bitsByType(conSlots);
    visitApplies = new boolean[TYPES.length][visitSlots.length];
    for (int t = 0; t < TYPES.length; t++) {
      for (int j = 0; j < visitSlots.length; j++) {
        visitApplies[t][j] = slotList.get(visitSlots[j]).applies(t);
      }
    }
    counts = new long[64 * Math.max(1, slots)];

    // periods: one per accumulated period, or a single window
    LocalDate start = spec.windowStart();
    LocalDate end = spec.windowEnd();
    this.firstDay = start.toEpochDay();
    this.dayToPeriod = new int[(int) ChronoUnit.DAYS.between(start, end)];
    if (spec.firstAccumulated().isPresent()) {
      var p = spec.firstAccumulated().get();
      int index = 0;
      while (p.start().isBefore(end)) {
        int from = (int) (p.start().toEpochDay() - firstDay);
        int to = (int) (p.end().toEpochDay() - firstDay);
        Arrays.fill(dayToPeriod, from, to, index++);
        p = p.next();
      }
      periodCount = index;
      if (periodCount >= 1 << PERIOD_BITS) {
        throw new InvalidValueException(MetricErrors.SPEC, "too many periods: " + periodCount);
      }
    } else {
      periodCount = 1;
    }
    this.windowStartSecond = start.atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
  }

  private static List<Map<Object, int[]>> newCaches(int n) {
    List<Map<Object, int[]>> caches = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      caches.add(new HashMap<>());
    }
    return caches;
  }

  /**
   * The number of key bits a dimension kind takes: the limit on its distinct values.
   *
   * @param kind the kind
   * @return the bits
   */
  public static int keyBits(Dimension.Kind kind) {
    return switch (kind) {
      case DIVISION, GRID -> 20;
      case CATEGORY -> 12;
      case DEPARTMENT -> 14;
      case TYPE -> 3;
    };
  }

  private static int rank(Measure m) {
    if (m == Measure.PERSON_VISITS) {
      return 1;
    }
    return switch (m.anchor()) {
      case REGISTRATION -> 0;
      case DUE -> 2;
      case CONCLUSION -> 3;
      default -> 4;
    };
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private int[][] bitsByType(int[] slotIndexes) {
    int[][] bits = new int[TYPES.length][slotIndexes.length];
    for (int t = 0; t < TYPES.length; t++) {
      for (int j = 0; j < slotIndexes.length; j++) {
        Slot slot = slotList.get(slotIndexes[j]);
        bits[t][j] = slot.applies(t) ? FactBits.index(slot.measure()) : FactBits.ZERO;
      }
    }
    return bits;
  }

  /**
   * The type mask of a metric scope.
   *
   * @param scope case types, empty for all
   * @return the mask
   */
  public static int mask(Set<CaseType> scope) {
    if (scope.isEmpty()) {
      return ALL_TYPES;
    }
    int mask = 0;
    for (CaseType t : scope) {
      mask |= 1 << t.ordinal();
    }
    return mask;
  }

  private void slot(Measure measure, int mask) {
    Slot slot = new Slot(measure, mask);
    if (!slotList.contains(slot)) {
      slotList.add(slot);
    }
  }

  /**
   * The slot of a measure for a type mask.
   *
   * @param measure the measure
   * @param mask    the type mask
   * @return the slot, or -1
   */
  public int slotOf(Measure measure, int mask) {
    return slotList.indexOf(new Slot(measure, mask));
  }

  /**
   * The measures counted for all types, in slot order.
   *
   * @return the measures
   */
  public List<Measure> countedMeasures() {
    Set<Measure> set = new LinkedHashSet<>();
    for (Slot slot : slotList) {
      if (slot.mask() == ALL_TYPES) {
        set.add(slot.measure());
      }
    }
    return List.copyOf(set);
  }

  /**
   * The specification.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return spec;
  }

  // ---- periods

  private int periodOf(long second) {
    long day = second >= FIXED_OFFSET_FROM ? Math.floorDiv(second + OFFSET, 86_400L)
        : LocalDate.ofInstant(Instant.ofEpochSecond(second), WorkCalendar.ZONE).toEpochDay();
    long index = day - firstDay;
    return index < 0 || index >= dayToPeriod.length ? -1 : dayToPeriod[(int) index];
  }

  /**
   * The period index of an instant's day, for tests of the fixed-offset shortcut.
   *
   * @param second epoch seconds
   * @return the period index, or -1 outside the window
   */
  public int periodIndex(long second) {
    return periodOf(second);
  }

  // ---- dimensions

  private int[][] expand(int k, Columns c) {
    Dimension d = dims[k];
    Dict dict = dicts[k];
    switch (d.kind()) {
      case DIVISION -> {
        int[][] exp = new int[c.divisions.size() + 1][];
        exp[0] = new int[] {-1};
        for (int j = 0; j < c.divisions.size(); j++) {
          exp[j + 1] = divisionIds(k, c.divisions.get(j));
        }
        return exp;
      }
      case GRID -> {
        int[][] exp = new int[c.grids.size() + 1][];
        exp[0] = new int[] {dict.id(NONE)};
        for (int j = 0; j < c.grids.size(); j++) {
          exp[j + 1] = new int[] {dict.id(c.grids.get(j))};
        }
        return exp;
      }
      case CATEGORY -> {
        int[][] exp = new int[c.categories.size() + 1][];
        exp[0] = new int[] {-1};
        for (int j = 0; j < c.categories.size(); j++) {
          exp[j + 1] = categoryIds(k, c.categories.get(j));
        }
        return exp;
      }
      case DEPARTMENT -> {
        int[][] exp = new int[c.departments.size() + 1][];
        exp[0] = new int[] {dict.id(NONE)};
        for (int j = 0; j < c.departments.size(); j++) {
          exp[j + 1] = new int[] {dict.id(c.departments.get(j))};
        }
        return exp;
      }
      case TYPE -> {
        int[][] exp = new int[TYPES.length + 1][];
        exp[0] = new int[] {-1};
        for (int t = 0; t < TYPES.length; t++) {
          exp[t + 1] = new int[] {dict.id(TYPES[t])};
        }
        return exp;
      }
      default -> throw new AssertionError(d);
    }
  }

  /** The ids a division counts under: itself at the finest level up to the coarsest. */
  private int[] divisionIds(int k, DivisionCode code) {
    Dimension d = dims[k];
    Dict dict = dicts[k];
    DivisionLevel finest = d.finestLevel().orElseThrow();
    DivisionLevel coarsest = d.coarsestLevel().orElseThrow();
    // once per distinct division of a table (thousands of villages): no set, no stream
    int[] ids = new int[finest.ordinal() - coarsest.ordinal() + 1];
    int n = 0;
    for (int lvl = finest.ordinal(); lvl >= coarsest.ordinal(); lvl--) {
      DivisionLevel level = DivisionLevel.values()[lvl];
      int id = dict.id(code.level().ordinal() >= lvl ? code.ancestorAt(level) : code);
      boolean seen = false;
      for (int j = 0; j < n && !seen; j++) {
        seen = ids[j] == id;
      }
      if (!seen) {
        ids[n++] = id;
      }
    }
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  /** The ids a category code counts under: itself and its taxonomy ancestors. */
  private int[] categoryIds(int k, String code) {
    Dict dict = dicts[k];
    Optional<CategoryTaxonomy> taxonomy = dims[k].taxonomy();
    if (taxonomy.isEmpty()) {
      return new int[] {dict.id(code)};
    }
    CaseCategory category = taxonomy.get().require(code);
    List<String> codes = new ArrayList<>();
    codes.add(code);
    taxonomy.get().ancestors(category).forEach(a -> codes.add(a.code()));
    return codes.stream().mapToInt(dict::id).toArray();
  }

  /**
   * The ids one fact's value of dimension k counts under, remembered per value: a fact added
   * on its own (a live report's event) then costs a hash lookup per dimension, not a table,
   * its dictionaries and the roll-up of each value.
   */
  private int[] idsOf(int k, CaseFact f) {
    Map<Object, int[]> cache = single.get(k);
    Object value = switch (dims[k].kind()) {
      case DIVISION -> f.subject().division();
      case GRID -> f.subject().grid().<Object>map(g -> g).orElse(NONE);
      case CATEGORY -> f.subject().category().code();
      case DEPARTMENT -> f.handling().department().<Object>map(h -> h).orElse(NONE);
      case TYPE -> f.subject().type();
    };
    int[] ids = cache.get(value);
    if (ids == null) {
      ids = switch (dims[k].kind()) {
        case DIVISION -> divisionIds(k, (DivisionCode) value);
        case CATEGORY -> categoryIds(k, (String) value);
        case GRID, DEPARTMENT, TYPE -> new int[] {dicts[k].id(value)};
      };
      cache.put(value, ids);
    }
    return ids;
  }

  /** Row value + 1 of dimension k: 0 stands for a missing grid or department. */
  private static int valueIndex(Dimension.Kind kind, int[] column, Columns c, int i) {
    if (kind == Dimension.Kind.TYPE) {
      return c.type[i] + 1;
    }
    return column == null ? 0 : column[i] + 1;
  }

  private static int[] column(Dimension.Kind kind, Columns c) {
    return switch (kind) {
      case DIVISION -> c.division;
      case GRID -> c.grid;
      case CATEGORY -> c.category;
      case DEPARTMENT -> c.department;
      case TYPE -> null;
    };
  }

  // ---- adding

  /**
   * Adds (sign 1) or removes (sign -1) rows {@code from} to {@code to} of a table.
   *
   * @param c    the columns
   * @param from first row, inclusive
   * @param to   last row, exclusive
   * @param sign 1 to add, -1 to remove
   * @throws InvalidValueException {@code metrics.rows} if the rows are not within the table
   */
  public void add(Columns c, int from, int to, int sign) {
    if (from < 0 || to > c.size || from > to) {
      throw new InvalidValueException(MetricErrors.ROWS, from, to, c.size);
    }
    int n = dims.length;
    int[][][] exp = new int[n][][];
    int[][] cols = new int[n][];
    Dimension.Kind[] kinds = new Dimension.Kind[n];
    boolean single = true;
    for (int k = 0; k < n; k++) {
      exp[k] = expand(k, c);
      cols[k] = column(dims[k].kind(), c);
      kinds[k] = dims[k].kind();
      for (int[] e : exp[k]) {
        single &= e.length == 1;
      }
    }
    if (single && sign == 1 && to - from >= DENSE_MIN_ROWS && addDense(c, from, to, exp, cols,
        kinds)) {
      return;
    }
    addHashed(c, from, to, sign, exp, cols, kinds);
  }

  private boolean addDense(Columns c, int from, int to, int[][][] exp, int[][] cols,
      Dimension.Kind[] kinds) {
    int n = dims.length;
    int[][] local = new int[n][];
    int[][] globalOf = new int[n][];
    int[] size = new int[n];
    long cells = (long) periodCount * slots;
    for (int k = 0; k < n; k++) {
      local[k] = new int[exp[k].length];
      Map<Integer, Integer> seen = new HashMap<>();
      List<Integer> globals = new ArrayList<>();
      for (int v = 0; v < exp[k].length; v++) {
        int g = exp[k][v][0];
        if (g < 0) {
          continue;
        }
        Integer l = seen.get(g);
        if (l == null) {
          l = globals.size();
          seen.put(g, l);
          globals.add(g);
        }
        local[k][v] = l;
      }
      size[k] = Math.max(1, globals.size());
      globalOf[k] = ints(globals);
      cells *= size[k];
    }
    if (cells > DENSE_MAX_CELLS || slots == 0) {
      return false;
    }
    if (visitSlots.length > 0 && c.visits != null) {
      long max = 0;
      for (int i = from; i < to; i++) {
        max = Math.max(max, c.visits[i]);
      }
      if (max * (to - from) > Integer.MAX_VALUE) {
        return false; // an int counter could overflow
      }
    }
    if (countsInLanes(c)) {
      addLanes(c, from, to, cols, local, globalOf, size, kinds);
      return true;
    }
    // int counters: a batch has fewer than 2^31 rows, and half the memory traffic of longs
    int[] cube = new int[(int) cells];
    final int periods = periodCount;
    final int s = slots;
    final int nReg = regSlots.length;
    final int[] vs = visitSlots;
    final int[] ds = dueSlots;
    final int[] cs = conSlots;
    final byte[] type = c.type;
    final int[] bits = c.bits;
    final long[] registered = c.registered;
    final long[] due = c.due;
    final long[] concluded = c.concluded;
    final int[] visits = c.visits;
    final int[] days = dayToPeriod;
    final long first = firstDay;
    final boolean opening = openingSlot >= 0;
    final boolean[] isType = new boolean[n];
    for (int k = 0; k < n; k++) {
      isType[k] = kinds[k] == Dimension.Kind.TYPE;
    }
    // the usual reports group by one or two dictionary columns: a loop-invariant test the
    // JIT unswitches, instead of the general loop over the dimensions
    final int shape = n == 0 ? 0 : n == 1 && cols[0] != null ? 1
        : n == 2 && cols[0] != null && cols[1] != null ? 2 : 3;
    final int[] c0 = shape == 1 || shape == 2 ? cols[0] : null;
    final int[] c1 = shape == 2 ? cols[1] : null;
    final int[] l0 = shape == 1 || shape == 2 ? local[0] : null;
    final int[] l1 = shape == 2 ? local[1] : null;
    final int size1 = shape == 2 ? size[1] : 0;
    for (int i = from; i < to; i++) {
      int sk;
      if (shape == 2) {
        sk = l0[c0[i] + 1] * size1 + l1[c1[i] + 1];
      } else if (shape == 1) {
        sk = l0[c0[i] + 1];
      } else {
        sk = 0;
        for (int k = 0; k < n; k++) {
          int[] col = cols[k];
          int v = col != null ? col[i] + 1 : isType[k] ? type[i] + 1 : 0;
          sk = sk * size[k] + local[k][v];
        }
      }
      int t = type[i];
      int b = bits[i];
      long reg = registered[i];
      int p;
      if (reg >= FIXED_OFFSET_FROM) {
        long d = (reg + OFFSET) / 86_400L - first;
        p = d < 0 || d >= days.length ? -1 : days[(int) d];
      } else {
        p = periodOf(reg);
      }
      if (p >= 0) {
        int base = (sk * periods + p) * s;
        int[] rb = regBits[t];
        for (int j = 0; j < nReg; j++) {
          cube[base + j] += (b >>> rb[j]) & 1;
        }
        for (int j = 0; j < vs.length; j++) {
          if (visitApplies[t][j]) {
            cube[base + vs[j]] += visits == null ? 1 : visits[i];
          }
        }
      }
      if (ds.length > 0 && due[i] != Columns.NONE) {
        int q = periodOf(due[i]);
        if (q >= 0) {
          int base = (sk * periods + q) * s;
          int[] db = dueBits[t];
          for (int j = 0; j < ds.length; j++) {
            cube[base + ds[j]] += (b >>> db[j]) & 1;
          }
        }
      }
      if (cs.length > 0 || opening) {
        long con = concluded[i];
        if (cs.length > 0 && con != Columns.NONE) {
          int q = periodOf(con);
          if (q >= 0) {
            int base = (sk * periods + q) * s;
            int[] cb = conBits[t];
            // registered in an earlier period (or before the window): opening backlog cleared
            int bc = q != p ? b | FactBits.BACKLOG_CLEARED : b;
            for (int j = 0; j < cs.length; j++) {
              cube[base + cs[j]] += (bc >>> cb[j]) & 1;
            }
          }
        }
        if (opening && reg < windowStartSecond
            && (con == Columns.NONE || con >= windowStartSecond)) {
          cube[sk * periods * s + openingSlot] += 1;
        }
      }
    }
    // fold the dense cells into the groups, with the group table sized once for every
    // non-empty cell: growing it by doubling allocated more than the cube itself
    int staticKeys = (int) (cells / ((long) periods * s));
    int filled = 0;
    for (int cell = 0; cell < staticKeys * periods; cell++) {
      int base = cell * s;
      for (int j = 0; j < s; j++) {
        if (cube[base + j] != 0) {
          filled++;
          break;
        }
      }
    }
    reserve(groups + filled);
    for (int sk = 0; sk < staticKeys; sk++) {
      long key = 0;
      int rest = sk;
      for (int k = n - 1; k >= 0; k--) {
        int l = rest % size[k];
        rest /= size[k];
        key |= (long) globalOf[k][l] << shifts[k];
      }
      for (int p = 0; p < periods; p++) {
        int base = (sk * periods + p) * s;
        boolean any = false;
        for (int j = 0; j < s && !any; j++) {
          any = cube[base + j] != 0;
        }
        if (any) {
          int g = group(key | (long) p << periodShift);
          int gb = g * s;
          for (int j = 0; j < s; j++) {
            counts[gb + j] += cube[base + j];
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether a dense batch of a table is counted in lanes: every slot anchored at
   * registration, one per row (no person-visits above 1 counted), the table's patterns
   * encoded.
   *
   * @param c the table
   * @return true for the lane count
   */
  public boolean countsInLanes(Columns c) {
    return dueSlots.length == 0 && conSlots.length == 0 && openingSlot < 0
        && c.pattern != null && (visitSlots.length == 0 || c.visits == null);
  }

  /** The guard bits of eight 8-bit lanes: a lane that reaches 2^7 is spilled. */
  private static final long GUARD = 0x8080_8080_8080_8080L;

  /**
   * The dense count when every slot is anchored at registration (the usual cohort report):
   * per row one period lookup, one cell index from the dictionary ids, and one or two
   * additions of precomputed increments to 8-bit lanes packed eight to a long (a report of
   * twelve counters touches two longs per row, 1.2 MB for 72,000 cells, instead of twelve
   * ints in 3.5 MB: the cells' random access is what a count costs, so the smaller state is
   * the faster one). The increment of each (case type, fact bits) pattern of the table is
   * computed once. A lane that reaches 2^7 is spilled into its group's counters, so no
   * count is lost; the cells are folded into the groups at the end. Allocates the lanes and
   * the groups, nothing per row.
   */
  private void addLanes(Columns c, int from, int to, int[][] cols, int[][] local,
      int[][] globalOf, int[] size, Dimension.Kind[] kinds) {
    int n = dims.length;
    final int s = slots;
    final int w = (s + 7) / 8;
    final int periods = periodCount;
    int staticKeys = 1;
    for (int k = 0; k < n; k++) {
      staticKeys *= size[k];
    }
    final int cellCount = staticKeys * periods;
    // each pattern's increments, lane by lane: lane j of word j / 8 counts slot j
    final long[] deltas = new long[Math.max(1, c.patterns) * w];
    for (int q = 0; q < c.patterns; q++) {
      int t = c.patternTypes[q];
      int b = c.patternBits[q];
      for (int j = 0; j < regSlots.length; j++) {
        long one = (b >>> regBits[t][j]) & 1;
        deltas[q * w + regSlots[j] / 8] += one << (8 * (regSlots[j] % 8));
      }
      for (int j = 0; j < visitSlots.length; j++) {
        if (visitApplies[t][j]) {
          deltas[q * w + visitSlots[j] / 8] += 1L << (8 * (visitSlots[j] % 8));
        }
      }
    }
    final long[] lanes = new long[cellCount * w];
    final boolean fresh = groups == 0;
    // a batch with at least a row per cell fills most cells: into an empty engine, every
    // cell is then made its own group up front (group = cell, no map from one to the other),
    // and the empty ones are dropped at the end
    final boolean direct = fresh && to - from >= cellCount;
    if (direct) {
      reserve(cellCount, true);
      for (int cell = 0; cell < cellCount; cell++) {
        keys[cell] = cellKey(cell, periods, size, globalOf);
      }
      groups = cellCount;
    }
    final char[] pattern = c.pattern;
    final long[] registered = c.registered;
    final int[] days = dayToPeriod;
    final long first = firstDay;
    final boolean[] isType = new boolean[n];
    for (int k = 0; k < n; k++) {
      isType[k] = kinds[k] == Dimension.Kind.TYPE;
    }
    final byte[] type = c.type;
    final int shape = n == 0 ? 0 : n == 1 && cols[0] != null ? 1
        : n == 2 && cols[0] != null && cols[1] != null ? 2 : 3;
    final int[] c0 = shape == 1 || shape == 2 ? cols[0] : null;
    final int[] c1 = shape == 2 ? cols[1] : null;
    final int[] l0 = shape == 1 || shape == 2 ? local[0] : null;
    final int[] l1 = shape == 2 ? local[1] : null;
    final int size1 = shape == 2 ? size[1] : 0;
    int[] cellGroup = null;
    for (int i = from; i < to; i++) {
      long reg = registered[i];
      int p;
      if (reg >= FIXED_OFFSET_FROM) {
        long d = (reg + OFFSET) / 86_400L - first;
        p = d < 0 || d >= days.length ? -1 : days[(int) d];
      } else {
        p = periodOf(reg);
      }
      if (p < 0) {
        continue;
      }
      int sk;
      if (shape == 2) {
        sk = l0[c0[i] + 1] * size1 + l1[c1[i] + 1];
      } else if (shape == 1) {
        sk = l0[c0[i] + 1];
      } else {
        sk = 0;
        for (int k = 0; k < n; k++) {
          int[] col = cols[k];
          int v = col != null ? col[i] + 1 : isType[k] ? type[i] + 1 : 0;
          sk = sk * size[k] + local[k][v];
        }
      }
      int cell = sk * periods + p;
      int base = cell * w;
      int pb = pattern[i] * w;
      if (w == 2) {
        long v0 = lanes[base] + deltas[pb];
        long v1 = lanes[base + 1] + deltas[pb + 1];
        if (((v0 | v1) & GUARD) != 0) {
          int g = cell;
          if (!direct) {
            cellGroup = spilled(cellGroup, cell, cellCount, to - from, periods, size,
                globalOf, fresh);
            g = cellGroup[cell];
          }
          spill(v0, g, 0);
          spill(v1, g, 1);
          v0 = 0;
          v1 = 0;
        }
        lanes[base] = v0;
        lanes[base + 1] = v1;
      } else {
        for (int k = 0; k < w; k++) {
          long v = lanes[base + k] + deltas[pb + k];
          if ((v & GUARD) != 0) {
            int g = cell;
            if (!direct) {
              cellGroup = spilled(cellGroup, cell, cellCount, to - from, periods, size,
                  globalOf, fresh);
              g = cellGroup[cell];
            }
            spill(v, g, k);
            v = 0;
          }
          lanes[base + k] = v;
        }
      }
    }
    if (direct) {
      for (int cell = 0; cell < cellCount; cell++) {
        for (int k = 0; k < w; k++) {
          spill(lanes[cell * w + k], cell, k);
        }
      }
      dropEmptyGroups();
      return;
    }
    // fold: the groups' arrays sized once for every cell still to be created
    int filled = 0;
    for (int cell = 0; cell < cellCount; cell++) {
      if ((cellGroup == null || cellGroup[cell] < 0) && any(lanes, cell * w, w)) {
        filled++;
      }
    }
    reserve(groups + filled, fresh);
    for (int cell = 0; cell < cellCount; cell++) {
      if (!any(lanes, cell * w, w)) {
        continue;
      }
      int g = cellGroup != null && cellGroup[cell] >= 0 ? cellGroup[cell]
          : newGroup(cellKey(cell, periods, size, globalOf), fresh);
      for (int k = 0; k < w; k++) {
        spill(lanes[cell * w + k], g, k);
      }
    }
  }

  /**
   * The cell-to-group map with a group for a cell being spilled. On the first spill the
   * groups' arrays are sized for as many groups as the batch can make (a cell full enough
   * to spill says the batch is dense), so they are not regrown on the way.
   */
  private int[] spilled(int[] cellGroup, int cell, int cellCount, int rows, int periods,
      int[] size, int[][] globalOf, boolean fresh) {
    int[] map = cellGroup;
    if (map == null) {
      map = new int[cellCount];
      Arrays.fill(map, -1);
      reserve(groups + Math.min(cellCount, rows), fresh);
    }
    if (map[cell] < 0) {
      map[cell] = newGroup(cellKey(cell, periods, size, globalOf), fresh);
    }
    return map;
  }

  /** Compacts the groups in place, keeping those with a counter other than zero. */
  private void dropEmptyGroups() {
    int s = Math.max(1, slots);
    int kept = 0;
    for (int g = 0; g < groups; g++) {
      boolean any = false;
      for (int j = 0; j < slots && !any; j++) {
        any = counts[g * s + j] != 0;
      }
      if (any) {
        if (kept != g) {
          keys[kept] = keys[g];
          System.arraycopy(counts, g * s, counts, kept * s, s);
        }
        kept++;
      }
    }
    Arrays.fill(counts, kept * s, groups * s, 0);
    groups = kept;
  }

  private static boolean any(long[] lanes, int from, int w) {
    for (int k = 0; k < w; k++) {
      if (lanes[from + k] != 0) {
        return true;
      }
    }
    return false;
  }

  /** Adds word k's eight lanes to a group's counters. */
  private void spill(long word, int g, int k) {
    int gb = g * slots;
    for (int q = 0; q < 8; q++) {
      int slot = k * 8 + q;
      if (slot < slots) {
        counts[gb + slot] += (word >>> (8 * q)) & 0xFF;
      }
    }
  }

  /** The group key of a dense cell: its dimensions' global ids and its period. */
  private long cellKey(int cell, int periods, int[] size, int[][] globalOf) {
    int p = cell % periods;
    int rest = cell / periods;
    long key = (long) p << periodShift;
    for (int k = dims.length - 1; k >= 0; k--) {
      int l = rest % size[k];
      rest /= size[k];
      key |= (long) globalOf[k][l] << shifts[k];
    }
    return key;
  }

  /**
   * A new group for a key no group has: without the hash index while the engine had no
   * group before this batch (the cells' keys are distinct), so a one-batch report never
   * builds the index; through it otherwise.
   */
  private int newGroup(long key, boolean fresh) {
    if (!fresh) {
      return group(key);
    }
    if (groups == keys.length) {
      keys = Arrays.copyOf(keys, groups * 2);
      counts = Arrays.copyOf(counts, groups * 2 * Math.max(1, slots));
    }
    keys[groups] = key;
    return groups++;
  }

  private void reserve(int total, boolean fresh) {
    if (total > keys.length) {
      keys = Arrays.copyOf(keys, total);
      counts = Arrays.copyOf(counts, total * Math.max(1, slots));
      if (!fresh) {
        groupIndex.reserve(total);
      }
    }
  }

  private void addHashed(Columns c, int from, int to, int sign, int[][][] exp, int[][] cols,
      Dimension.Kind[] kinds) {
    int n = dims.length;
    int[][] ids = new int[n][];
    int[] at = new int[n];
    for (int i = from; i < to; i++) {
      for (int k = 0; k < n; k++) {
        ids[k] = exp[k][valueIndex(kinds[k], cols[k], c, i)];
      }
      countRow(c.type[i], c.bits[i], c.registered[i], c.due[i], c.concluded[i],
          c.visits == null ? 1 : c.visits[i], ids, at, sign);
    }
  }

  /**
   * Adds (sign 1) or removes (sign -1) one fact without a table: the counting of
   * {@link #add(Columns, int, int, int)} for one row, read from the fact itself.
   *
   * @param f    the fact
   * @param sign 1 to add, -1 to remove
   */
  public void add(CaseFact f, int sign) {
    int n = dims.length;
    for (int k = 0; k < n; k++) {
      oneIds[k] = idsOf(k, f);
    }
    Timeline when = f.timeline();
    countRow(f.subject().type().ordinal(), FactBits.of(f), when.registeredAt().getEpochSecond(),
        seconds(when.dueAt()), seconds(when.concludedAt()), f.subject().personVisits(), oneIds,
        oneAt, sign);
  }

  private static long seconds(Optional<Instant> at) {
    return at.isPresent() ? at.get().getEpochSecond() : Columns.NONE;
  }

  /** Counts one row under every combination of its dimensions' ids (the roll-ups). */
  private void countRow(int t, int b, long reg, long due, long con, int visits, int[][] ids,
      int[] at, int sign) {
    int n = dims.length;
    int pReg = periodOf(reg);
    int pDue = dueSlots.length > 0 && due != Columns.NONE ? periodOf(due) : -1;
    int pCon = conSlots.length > 0 && con != Columns.NONE ? periodOf(con) : -1;
    boolean opening = openingSlot >= 0 && reg < windowStartSecond
        && (con == Columns.NONE || con >= windowStartSecond);
    if (pReg < 0 && pDue < 0 && pCon < 0 && !opening) {
      return;
    }
    Arrays.fill(at, 0);
    while (true) {
      long key = 0;
      for (int k = 0; k < n; k++) {
        key |= (long) ids[k][at[k]] << shifts[k];
      }
      if (pReg >= 0) {
        int base = group(key | (long) pReg << periodShift) * slots;
        for (int j = 0; j < regSlots.length; j++) {
          counts[base + regSlots[j]] += sign * ((b >>> regBits[t][j]) & 1);
        }
        for (int j = 0; j < visitSlots.length; j++) {
          if (visitApplies[t][j]) {
            counts[base + visitSlots[j]] += (long) sign * visits;
          }
        }
      }
      if (pDue >= 0) {
        int base = group(key | (long) pDue << periodShift) * slots;
        for (int j = 0; j < dueSlots.length; j++) {
          counts[base + dueSlots[j]] += sign * ((b >>> dueBits[t][j]) & 1);
        }
      }
      if (pCon >= 0) {
        int base = group(key | (long) pCon << periodShift) * slots;
        int bc = pCon != pReg ? b | FactBits.BACKLOG_CLEARED : b;
        for (int j = 0; j < conSlots.length; j++) {
          counts[base + conSlots[j]] += sign * ((bc >>> conBits[t][j]) & 1);
        }
      }
      if (opening) {
        // group() may grow counts: look the group up before the array is read (JLS 15.13.1)
        int g = group(key);
        counts[g * slots + openingSlot] += sign;
      }
      // next combination of the dimensions' expansions (odometer)
      int k = n - 1;
      while (k >= 0 && ++at[k] == ids[k].length) {
        at[k] = 0;
        k--;
      }
      if (k < 0) {
        break;
      }
    }
  }

  /** Makes room for {@code total} groups without regrowing the arrays on the way. */
  private void reserve(int total) {
    if (total > keys.length) {
      keys = Arrays.copyOf(keys, total);
      counts = Arrays.copyOf(counts, total * Math.max(1, slots));
      groupIndex.reserve(total);
    }
  }

  private int group(long key) {
    if (indexed < groups) {
      // groups made by a dense batch without the index: index them now
      groupIndex.reserve(groups);
      for (int g = indexed; g < groups; g++) {
        groupIndex.putIfAbsent(keys[g], g);
      }
    }
    int g = groupIndex.putIfAbsent(key, groups);
    if (g == groups) {
      if (groups == keys.length) {
        keys = Arrays.copyOf(keys, groups * 2);
        counts = Arrays.copyOf(counts, groups * 2 * Math.max(1, slots));
      }
      keys[g] = key;
      groups++;
    }
    indexed = groups;
    return g;
  }

  // ---- merging

  /**
   * Adds another engine's counters to this one's.
   *
   * @param other an engine of an equal specification
   */
  public void merge(Engine other) {
    if (other.spec != spec) {
      throw new InvalidValueException(MetricErrors.INCOMPATIBLE);
    }
    int n = dims.length;
    int[][] translate = new int[n][];
    for (int k = 0; k < n; k++) {
      translate[k] = new int[other.dicts[k].size()];
      for (int j = 0; j < translate[k].length; j++) {
        translate[k][j] = dicts[k].id(other.dicts[k].value(j));
      }
    }
    for (int g = 0; g < other.groups; g++) {
      long okey = other.keys[g];
      long key = okey & (((1L << PERIOD_BITS) - 1) << periodShift);
      for (int k = 0; k < n; k++) {
        key |= (long) translate[k][(int) ((okey >>> shifts[k]) & masks[k])] << shifts[k];
      }
      int base = group(key) * slots;
      int obase = g * slots;
      for (int j = 0; j < slots; j++) {
        counts[base + j] += other.counts[obase + j];
      }
    }
  }

  /**
   * A deep copy.
   *
   * @return an engine with the same counters
   */
  public Engine copy() {
    Engine e = new Engine(spec);
    e.merge(this);
    return e;
  }

  // ---- reading

  /**
   * The number of groups (some may hold only zeros after removals).
   *
   * @return the number of groups
   */
  public int groups() {
    return groups;
  }

  /**
   * The number of slots.
   *
   * @return the slots
   */
  public int slots() {
    return slots;
  }

  /**
   * The number of accumulated periods (1 for a single window).
   *
   * @return the periods
   */
  public int periodCount() {
    return periodCount;
  }

  /**
   * A group's counter.
   *
   * @param group the group
   * @param slot  the slot
   * @return the counter
   */
  public long count(int group, int slot) {
    return counts[group * slots + slot];
  }

  /**
   * A group's period index.
   *
   * @param group the group
   * @return the index into the accumulated periods
   */
  public int period(int group) {
    return (int) (keys[group] >>> periodShift);
  }

  /**
   * A group's key without its period.
   *
   * @param group the group
   * @return the key of its dimension values
   */
  public long staticKey(int group) {
    return keys[group] & ((1L << periodShift) - 1);
  }

  /**
   * The value of dimension {@code k} in a key.
   *
   * @param key a static key
   * @param k   the dimension's position
   * @return the value ({@link DivisionCode}, grid code, category or department string, case
   *         type) or {@link #NONE}
   */
  public Object value(long key, int k) {
    return dicts[k].value((int) ((key >>> shifts[k]) & masks[k]));
  }

  // ---- the binary form (EngineState)

  /**
   * What an engine counts, as text: the dimension kinds, the slots and the periods. Two
   * engines with the same layout have counters that mean the same, whatever specification
   * instance made them.
   *
   * @return the layout
   */
  public String layout() {
    StringBuilder b = new StringBuilder();
    for (Dimension d : dims) {
      b.append(d).append(';');
    }
    b.append('|');
    for (Slot slot : slotList) {
      b.append(slot.measure().name()).append(':').append(slot.mask()).append(';');
    }
    return b.append('|').append(firstDay).append('+').append(dayToPeriod.length).append('/')
        .append(periodCount).toString();
  }

  /**
   * Adds counters to the group of the given dimension values and period, as a merge does.
   *
   * @param values   the value of each dimension, as {@link #value(long, int)} gives them
   * @param period   the period index
   * @param counters one counter per slot, from {@code offset}
   * @param offset   where the group's counters start
   */
  public void addGroup(Object[] values, int period, long[] counters, int offset) {
    long key = (long) period << periodShift;
    for (int k = 0; k < dims.length; k++) {
      key |= (long) dicts[k].id(values[k]) << shifts[k];
    }
    int base = group(key) * slots;
    for (int j = 0; j < slots; j++) {
      counts[base + j] += counters[offset + j];
    }
  }

  /** A measure counted for the case types of a mask. */
  private record Slot(Measure measure, int mask) {
    boolean applies(int typeOrdinal) {
      return (mask & (1 << typeOrdinal)) != 0;
    }
  }

  /** A dictionary of one dimension's values. */
  private static final class Dict {
    private final String name;
    private final int limit;
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> ids = new HashMap<>();

    Dict(String name, int limit) {
      this.name = name;
      this.limit = limit;
    }

    int id(Object value) {
      Integer id = ids.get(value);
      if (id == null) {
        if (values.size() == limit) {
          throw new InvalidValueException(MetricErrors.TOO_MANY_KEYS, name, limit);
        }
        id = values.size();
        values.add(value);
        ids.put(value, id);
      }
      return id;
    }

    Object value(int id) {
      return values.get(id);
    }

    int size() {
      return values.size();
    }
  }
}
