package io.github.shiyu.governance.metrics.internal;

/**
 * An open-addressing map from non-negative long keys to int values, without boxing: the
 * group lookup on the accumulator's hot path.
 */
public final class LongIntMap {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /**
   * Creates a map.
   *
   * @param expected expected number of keys
   */
  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    java.util.Arrays.fill(keys, EMPTY);
    values = new int[cap];
    mask = cap - 1;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * Adds a key if absent.
   *
   * @param key   a non-negative key
   * @param value the value if absent
   * @return the existing value, or {@code value} if the key was added
   */
  public int putIfAbsent(long key, int value) {
    int i = slot(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Makes room for {@code expected} keys in one step.
   *
   * @param expected the number of keys the map will hold
   */
  public void reserve(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    if (cap > keys.length) {
      rehash(cap);
    }
  }

  private void grow() {
    rehash(keys.length * 2);
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    values = new int[keys.length];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
