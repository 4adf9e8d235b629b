package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.report.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine's counters as bytes, and back: what a distributed engine ships from a worker to
 * the driver. The groups are written by their dimension values (not the writer's dictionary
 * ids), so the reader may have met the values in another order; the layout (dimensions,
 * slots, periods) is written first and must equal the reader's, whichever specification
 * instance made either engine.
 *
 * <p>Format, version 1: magic, version, layout (UTF), per dimension its dictionary of the
 * values used (a tag, 0 for none, then the value's text), the group count, then per group one
 * dictionary index per dimension, the period and one counter per slot.
 */
public final class EngineState {

  private static final int MAGIC = 0x53594143; // "SYAC"
  private static final int VERSION = 1;

  private EngineState() {
  }

  /**
   * Writes an engine's counters.
   *
   * @param engine the engine
   * @return the bytes
   */
  public static byte[] write(Engine engine) {
    List<Dimension> dims = engine.spec().dimensions();
    int n = dims.size();
    int groups = engine.groups();
    int slots = engine.slots();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + groups * (n * 4 + 4 + slots * 8));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeByte(VERSION);
      out.writeUTF(engine.layout());
      List<Map<Object, Integer>> index = new ArrayList<>(n);
      List<List<Object>> values = new ArrayList<>(n);
      int[][] ids = new int[n][groups];
      for (int k = 0; k < n; k++) {
        index.add(new HashMap<>());
        values.add(new ArrayList<>());
      }
      for (int g = 0; g < groups; g++) {
        long key = engine.staticKey(g);
        for (int k = 0; k < n; k++) {
          Object v = engine.value(key, k);
          List<Object> list = values.get(k);
          Integer id = index.get(k).computeIfAbsent(v, x -> {
            list.add(x);
            return list.size() - 1;
          });
          ids[k][g] = id;
        }
      }
      for (int k = 0; k < n; k++) {
        out.writeInt(values.get(k).size());
        for (Object v : values.get(k)) {
          if (v == Engine.NONE) {
            out.writeByte(0);
          } else {
            out.writeByte(1);
            out.writeUTF(text(v));
          }
        }
      }
      out.writeInt(groups);
      for (int g = 0; g < groups; g++) {
        for (int k = 0; k < n; k++) {
          out.writeInt(ids[k][g]);
        }
        out.writeInt(engine.period(g));
        for (int j = 0; j < slots; j++) {
          out.writeLong(engine.count(g, j));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Adds the counters written by {@link #write(Engine)} to an engine.
   *
   * @param engine the engine to add to
   * @param state  the bytes
   * @throws InvalidValueException {@code metrics.incompatible} for counters of another
   *     layout, {@code metrics.state} for bytes that are not an engine's counters
   */
  public static void read(Engine engine, byte[] state) {
    List<Dimension> dims = engine.spec().dimensions();
    int n = dims.size();
    int slots = engine.slots();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
      if (in.readInt() != MAGIC) {
        throw new InvalidValueException(MetricErrors.STATE, "no magic number");
      }
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new InvalidValueException(MetricErrors.STATE, "version " + version
            + ", this reader knows " + VERSION);
      }
      if (!in.readUTF().equals(engine.layout())) {
        throw new InvalidValueException(MetricErrors.INCOMPATIBLE);
      }
      Object[][] dict = new Object[n][];
      for (int k = 0; k < n; k++) {
        int size = in.readInt();
        if (size < 0 || size > state.length) {
          throw new InvalidValueException(MetricErrors.STATE, "dictionary size " + size);
        }
        dict[k] = new Object[size];
        for (int j = 0; j < size; j++) {
          dict[k][j] = in.readUnsignedByte() == 0 ? Engine.NONE
              : value(dims.get(k).kind(), in.readUTF());
        }
      }
      int groups = in.readInt();
      if (groups < 0 || (long) groups * (4L * n + 4 + 8L * slots) > state.length) {
        throw new InvalidValueException(MetricErrors.STATE, "group count " + groups);
      }
      Object[] values = new Object[n];
      long[] counters = new long[slots];
      for (int g = 0; g < groups; g++) {
        for (int k = 0; k < n; k++) {
          int id = in.readInt();
          if (id < 0 || id >= dict[k].length) {
            throw new InvalidValueException(MetricErrors.STATE, "value index " + id);
          }
          values[k] = dict[k][id];
        }
        int period = in.readInt();
        if (period < 0 || period >= engine.periodCount()) {
          throw new InvalidValueException(MetricErrors.STATE, "period index " + period);
        }
        for (int j = 0; j < slots; j++) {
          counters[j] = in.readLong();
        }
        engine.addGroup(values, period, counters, 0);
      }
      if (in.read() != -1) {
        throw new InvalidValueException(MetricErrors.STATE, "bytes after the last group");
      }
    } catch (EOFException e) {
      throw new InvalidValueException(MetricErrors.STATE, "ends early");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Object value) {
    if (value instanceof DivisionCode d) {
      return d.value();
    }
    if (value instanceof GridCode g) {
      return g.value();
    }
    if (value instanceof CaseType t) {
      return t.name();
    }
    return (String) value; // category and department
  }

  private static Object value(Dimension.Kind kind, String text) {
    try {
      return switch (kind) {
        case DIVISION -> DivisionCode.parse(text);
        case GRID -> GridCode.parse(text);
        case TYPE -> CaseType.valueOf(text);
        case CATEGORY, DEPARTMENT -> text;
      };
    } catch (GovernanceException | IllegalArgumentException e) {
      throw new InvalidValueException(MetricErrors.STATE, "a " + kind.column()
          + " value that does not read back");
    }
  }
}
