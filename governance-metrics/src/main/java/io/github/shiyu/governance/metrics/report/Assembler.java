package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.Change;
import io.github.shiyu.governance.metrics.Counts;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.internal.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Turns an engine's counters into report rows: stock derivation, metrics, comparisons. */
final class Assembler {

  private static final Measure[] MEASURES = Measure.values();

  private final ReportSpec spec;
  private final Engine engine;
  private final int periods;
  private final int slots;
  private final int openingSlot;
  private final int inflowSlot;
  private final int outflowSlot;
  private final List<Measure> counted;
  private final List<Period> accumulated = new ArrayList<>();
  private final Map<Period, Integer> indexOf = new HashMap<>();
  private final int firstReported;
  private final int reported;
  private final int[][] numSlots;
  private final int[][] denSlots;
  private final List<Metric> metrics;
  private final int[] countedSlots;
  private final long[] noSupplied = new long[Measure.values().length];

  private Assembler(ReportSpec spec, Engine engine) {
    this.spec = spec;
    this.engine = engine;
    this.periods = engine.periodCount();
    this.slots = engine.slots();
    this.openingSlot = engine.slotOf(Measure.BACKLOG_START, Engine.ALL_TYPES);
    this.inflowSlot = engine.slotOf(Measure.INFLOW, Engine.ALL_TYPES);
    this.outflowSlot = engine.slotOf(Measure.OUTFLOW, Engine.ALL_TYPES);
    this.counted = engine.countedMeasures();
    if (spec.firstAccumulated().isPresent()) {
      Period p = spec.firstAccumulated().get();
      for (int i = 0; i < periods; i++, p = p.next()) {
        accumulated.add(p);
        indexOf.put(p, i);
      }
      firstReported = indexOf.get(spec.periods().get(0));
      reported = spec.periods().size();
    } else {
      firstReported = 0;
      reported = 1;
    }
    this.metrics = spec.metrics().metrics();
    this.countedSlots = new int[counted.size()];
    for (int i = 0; i < countedSlots.length; i++) {
      countedSlots[i] = engine.slotOf(counted.get(i), Engine.ALL_TYPES);
    }
    numSlots = new int[metrics.size()][];
    denSlots = new int[metrics.size()][];
    for (int m = 0; m < metrics.size(); m++) {
      int mask = Engine.mask(metrics.get(m).scope());
      numSlots[m] = slotsOf(metrics.get(m).numerator(), mask);
      denSlots[m] = slotsOf(metrics.get(m).denominator(), mask);
    }
  }

  // a term is a slot index, or -(1 + ordinal) for a stock or supplied measure
  private int[] slotsOf(List<Measure> terms, int mask) {
    int[] out = new int[terms.size()];
    for (int i = 0; i < out.length; i++) {
      Measure m = terms.get(i);
      out[i] = switch (m.anchor()) {
        case STOCK, SUPPLIED -> -(1 + m.ordinal());
        default -> engine.slotOf(m, mask);
      };
    }
    return out;
  }

  static Report assemble(ReportSpec spec, Engine engine) {
    return new Assembler(spec, engine).run();
  }

  private Report run() {
    Map<Long, long[]> byKey = new HashMap<>();
    for (int g = 0; g < engine.groups(); g++) {
      long[] cells = byKey.computeIfAbsent(engine.staticKey(g), k -> new long[periods * slots]);
      int base = engine.period(g) * slots;
      for (int s = 0; s < slots; s++) {
        cells[base + s] += engine.count(g, s);
      }
    }
    // rows sort by slice with the period last: sort the keys, then walk the periods in order
    List<Map.Entry<Slice, long[]>> keys = new ArrayList<>(byKey.size());
    byKey.forEach((k, v) -> keys.add(Map.entry(slice(k), v)));
    keys.sort(Map.Entry.comparingByKey());
    List<ReportRow> rows = new ArrayList<>();
    long[] start = new long[periods];
    long[] end = new long[periods];
    for (Map.Entry<Slice, long[]> e : keys) {
      long[] cells = e.getValue();
      if (openingSlot >= 0) {
        long backlog = cells[openingSlot];
        for (int p = 0; p < periods; p++) {
          start[p] = backlog;
          backlog += cells[p * slots + inflowSlot] - cells[p * slots + outflowSlot];
          end[p] = backlog;
        }
      }
      Slice base = e.getKey();
      for (int p = firstReported; p < firstReported + reported; p++) {
        boolean any = start[p] != 0 || end[p] != 0;
        for (int s = 0; s < slots && !any; s++) {
          any = s != openingSlot && cells[p * slots + s] != 0;
        }
        if (any) {
          rows.add(row(base, cells, start, end, p));
        }
      }
    }
    if (spec.suppliedOnly()) {
      // nothing is counted: the rows are the slices with supplied figures, none else
      rows.clear();
      long[] none = new long[periods * Math.max(1, slots)];
      for (Slice s : spec.suppliedSlices()) {
        int p;
        if (accumulated.isEmpty()) {
          p = 0;
        } else {
          Integer i = indexOf.get(s.period().orElseThrow());
          if (i == null || i < firstReported || i >= firstReported + reported) {
            continue;
          }
          p = i;
        }
        rows.add(row(s.withoutPeriod(), none, start, end, p));
      }
    }
    return new Report(spec, columns(), rows);
  }

  private List<Measure> columns() {
    List<Measure> cols = new ArrayList<>();
    for (Measure m : Measure.values()) {
      boolean stock = openingSlot >= 0 && (m == Measure.BACKLOG_START || m == Measure.INFLOW
          || m == Measure.OUTFLOW || m == Measure.BACKLOG_END);
      if (stock || counted.contains(m) || spec.supplied().containsKey(m)) {
        cols.add(m);
      }
    }
    return cols;
  }

  private Slice slice(long key) {
    Slice s = Slice.all();
    List<Dimension> dims = spec.dimensions();
    for (int k = 0; k < dims.size(); k++) {
      Object v = engine.value(key, k);
      if (v == Engine.NONE) {
        continue;
      }
      s = switch (dims.get(k).kind()) {
        case DIVISION -> s.withDivision((DivisionCode) v);
        case GRID -> s.withGrid((GridCode) v);
        case CATEGORY -> s.withCategory((String) v);
        case DEPARTMENT -> s.withDepartment((String) v);
        case TYPE -> s.withType((CaseType) v);
      };
    }
    return s;
  }

  private ReportRow row(Slice base, long[] cells, long[] start, long[] end, int p) {
    Slice slice = accumulated.isEmpty() ? base : base.withPeriod(accumulated.get(p));
    long[] supplied = supplied(slice);
    long[] counts = new long[MEASURES.length];
    for (int i = 0; i < countedSlots.length; i++) {
      if (countedSlots[i] != openingSlot) {
        counts[counted.get(i).ordinal()] = cells[p * slots + countedSlots[i]];
      }
    }
    if (openingSlot >= 0) {
      counts[Measure.BACKLOG_START.ordinal()] = start[p];
      counts[Measure.BACKLOG_END.ordinal()] = end[p];
    }
    for (Measure m : spec.supplied().keySet()) {
      counts[m.ordinal()] = supplied[m.ordinal()];
    }
    MetricValue[] values = new MetricValue[metrics.size()];
    Map<String, Change> yoy = new LinkedHashMap<>();
    Map<String, Change> pop = new LinkedHashMap<>();
    for (int m = 0; m < values.length; m++) {
      MetricValue v = value(m, cells, start, end, supplied, p);
      values[m] = v;
      if (spec.comparisons().contains(Comparison.YEAR_OVER_YEAR)) {
        Integer q = indexOf.get(accumulated.get(p).sameLastYear());
        yoy.put(v.metric(), q == null ? Change.of(0, 0) : Change.between(v,
            value(m, cells, start, end, supplied(slice.withPeriod(accumulated.get(q))), q)));
      }
      if (spec.comparisons().contains(Comparison.PERIOD_OVER_PERIOD)) {
        Integer q = indexOf.get(accumulated.get(p).previous());
        pop.put(v.metric(), q == null ? Change.of(0, 0) : Change.between(v,
            value(m, cells, start, end, supplied(slice.withPeriod(accumulated.get(q))), q)));
      }
    }
    return new ReportRow(slice, Counts.ofOrdinals(counts), List.of(values), yoy, pop);
  }

  private long[] supplied(Slice slice) {
    if (spec.supplied().isEmpty()) {
      return noSupplied;
    }
    long[] out = new long[Measure.values().length];
    for (Map.Entry<Measure, ToLongFunction<Slice>> e : spec.supplied().entrySet()) {
      long v = e.getValue().applyAsLong(slice);
      if (v < 0) {
        throw new InvalidValueException(MetricErrors.COUNT, e.getKey().column(), v);
      }
      out[e.getKey().ordinal()] = v;
    }
    return out;
  }

  private MetricValue value(int m, long[] cells, long[] start, long[] end, long[] supplied,
      int p) {
    Metric metric = metrics.get(m);
    return metric.value(sum(numSlots[m], cells, start, end, supplied, p),
        sum(denSlots[m], cells, start, end, supplied, p));
  }

  private long sum(int[] terms, long[] cells, long[] start, long[] end, long[] supplied,
      int p) {
    long total = 0;
    for (int t : terms) {
      if (t >= 0) {
        total += cells[p * slots + t];
      } else {
        Measure m = MEASURES[-t - 1];
        total += switch (m) {
          case BACKLOG_START -> start[p];
          case BACKLOG_END -> end[p];
          default -> supplied[m.ordinal()];
        };
      }
    }
    return total;
  }
}
