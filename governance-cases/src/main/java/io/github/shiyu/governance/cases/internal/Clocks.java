package io.github.shiyu.governance.cases.internal;

import io.github.shiyu.governance.core.time.Deadline;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlines a case runs: an array with one slot per clock its workflow declares (null when
 * that clock does not run), never changed once shared; a transition that changes a clock
 * copies it once.
 */
public final class Clocks {

  private Clocks() {}

  /** The deadline of a clock by name, null if that clock does not run or is unknown. */
  public static Deadline get(List<String> names, Deadline[] deadlines, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(name)) {
        return deadlines[i];
      }
    }
    return null;
  }

  /** The primary clock's deadline, null if it does not run. */
  public static Deadline primary(Deadline[] deadlines) {
    return deadlines.length == 0 ? null : deadlines[0];
  }

  /** The running (or stopped) clocks by name, in the workflow's order. */
  public static Map<String, Deadline> asMap(List<String> names, Deadline[] deadlines) {
    Map<String, Deadline> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (deadlines[i] != null) {
        out.put(names.get(i), deadlines[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Whether two clock arrays hold equal deadlines. */
  public static boolean equal(Deadline[] a, Deadline[] b) {
    return a == b || Arrays.equals(a, b);
  }
}
