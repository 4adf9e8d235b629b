package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The time limits and count limits of a workflow, by name: policy values that differ by
 * province, configured by the vendor without rewriting the workflow.
 *
 * <p>A limit is a {@link TimeLimit}: a {@link DeadlinePolicy} (calendar days, working days,
 * hours) or an exact {@link Duration} (Pinggu's 30-minute response to a whistle, a 90-minute
 * extension), kept to the second. A limit may differ by case category: the most specific category prefix
 * wins ({@code hotline.complaint}, then {@code hotline}, then the default). Counts limit how
 * often a transition may happen (one petition extension).
 *
 * <pre>{@code
 * TimeLimits shandong = WorkOrderWorkflow.defaultLimits()
 *     .with("handling", DeadlinePolicy.workingDays(5))
 *     .with("extension", DeadlinePolicy.workingDays(10));
 * Workflow w = WorkOrderWorkflow.definition().withTimeLimits(shandong);
 * }</pre>
 */
public final class TimeLimits {

  private final Map<String, Map<String, TimeLimit>> limits;
  private final Map<String, Integer> counts;

  private TimeLimits(Map<String, Map<String, TimeLimit>> limits, Map<String, Integer> counts) {
    this.limits = limits;
    this.counts = counts;
  }

  /**
   * Starts an empty set of limits.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * A builder holding these limits, to change several.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Map<String, Map<String, TimeLimit>> copy = new LinkedHashMap<>();
    limits.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
    return new Builder(copy, new LinkedHashMap<>(counts));
  }

  /**
   * A copy with one limit's default changed.
   *
   * @param name   an existing limit's name
   * @param policy the new default
   * @return the copy
   * @throws InvalidValueException {@code workflow.time_limit} for an unknown name
   */
  public TimeLimits with(String name, DeadlinePolicy policy) {
    requireKnown(name);
    return toBuilder().limit(name, policy).build();
  }

  /**
   * A copy with one limit changed for a category (and its sub-categories).
   *
   * @param name     an existing limit's name
   * @param category a category code such as {@code hotline.consultation}
   * @param policy   the limit for that category
   * @return the copy
   * @throws InvalidValueException {@code workflow.time_limit} for an unknown name
   */
  public TimeLimits with(String name, String category, DeadlinePolicy policy) {
    requireKnown(name);
    return toBuilder().limit(name, category, policy).build();
  }

  /**
   * A copy with one count changed.
   *
   * @param name  an existing count's name
   * @param count the new count, 0 or more
   * @return the copy
   * @throws InvalidValueException {@code workflow.time_limit} for an unknown name
   */
  public TimeLimits withCount(String name, int count) {
    if (!counts.containsKey(name)) {
      throw new InvalidValueException(CaseErrors.TIME_LIMIT, name, "no such count");
    }
    return toBuilder().count(name, count).build();
  }

  private void requireKnown(String name) {
    if (!limits.containsKey(name)) {
      throw new InvalidValueException(CaseErrors.TIME_LIMIT, name,
          "no such limit; known: " + limits.keySet());
    }
  }

  /**
   * The names of the time limits.
   *
   * @return the names, in declaration order
   */
  public List<String> names() {
    return List.copyOf(limits.keySet());
  }

  /**
   * Whether a time limit or count of this name exists.
   *
   * @param name the name
   * @return {@code true} if it does
   */
  public boolean has(String name) {
    return limits.containsKey(name) || counts.containsKey(name);
  }

  /**
   * The limit for a category as a policy.
   *
   * @param name     the limit's name
   * @param category the case's category code
   * @return the policy, or empty if unknown or given as a sub-hour duration
   */
  public Optional<DeadlinePolicy> policy(String name, String category) {
    return find(name, category) instanceof TimeLimit.Period p ? Optional.of(p.policy())
        : Optional.empty();
  }

  /**
   * The limit for a category as a short elapsed duration (set with
   * {@link Builder#limit(String, Duration)}).
   *
   * @param name     the limit's name
   * @param category the case's category code
   * @return the duration, or empty if unknown or given as a policy
   */
  public Optional<Duration> duration(String name, String category) {
    return find(name, category) instanceof TimeLimit.Exact e ? Optional.of(e.duration())
        : Optional.empty();
  }

  /**
   * The limit in force for a category: the most specific category prefix wins.
   *
   * <pre>{@code
   * limits.limit("handling", "hotline.complaint");   // Optional[15 WORKING_DAYS]
   * }</pre>
   *
   * @param name     the limit's name
   * @param category a category code, e.g. {@code hotline.complaint}
   * @return the limit, or empty if there is none of that name
   */
  public Optional<TimeLimit> limit(String name, String category) {
    return Optional.ofNullable(find(name, category));
  }

  /**
   * A count limit.
   *
   * @param name the count's name
   * @return the count, or empty if unknown
   */
  public Optional<Integer> count(String name) {
    return Optional.ofNullable(counts.get(name));
  }

  int countOr(String name, int otherwise) {
    Integer c = counts.get(name);
    return c == null ? otherwise : c;
  }

  boolean hasDefault(String name) {
    Map<String, TimeLimit> byCategory = limits.get(name);
    return byCategory != null && byCategory.containsKey("");
  }

  /** The most specific limit for the category: {@code a.b.c}, {@code a.b}, {@code a}, default. */
  TimeLimit find(String name, String category) {
    Map<String, TimeLimit> byCategory = limits.get(name);
    if (byCategory == null) {
      return null;
    }
    String c = category;
    while (true) {
      TimeLimit o = byCategory.get(c);
      if (o != null) {
        return o;
      }
      if (c.isEmpty()) {
        return null;
      }
      int dot = c.lastIndexOf('.');
      c = dot < 0 ? "" : c.substring(0, dot);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeLimits t && limits.equals(t.limits) && counts.equals(t.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limits, counts);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    limits.forEach((name, byCategory) -> byCategory.forEach((category, limit) ->
        parts.add(name + (category.isEmpty() ? "" : "[" + category + "]") + "=" + limit)));
    counts.forEach((name, count) -> parts.add(name + "=" + count));
    return "TimeLimits" + parts;
  }

  /**
   * Builds {@link TimeLimits}.
   *
   * <pre>{@code
   * TimeLimits limits = TimeLimits.builder()
   *     .limit("handling", DeadlinePolicy.workingDays(15))
   *     .limit("handling", "hotline.consultation", DeadlinePolicy.workingDays(2))
   *     .limit("response", Duration.ofMinutes(30))
   *     .count("extensions", 1)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private final Map<String, Map<String, TimeLimit>> limits;
    private final Map<String, Integer> counts;

    private Builder(Map<String, Map<String, TimeLimit>> limits, Map<String, Integer> counts) {
      this.limits = limits;
      this.counts = counts;
    }

    /**
     * Sets a limit's default.
     *
     * @param name   the limit's name, e.g. {@code handling}
     * @param policy the limit
     * @return this builder
     */
    public Builder limit(String name, DeadlinePolicy policy) {
      return put(name, "", TimeLimit.of(policy));
    }

    /**
     * Sets a limit for a category and its sub-categories.
     *
     * @param name     the limit's name
     * @param category the category code
     * @param policy   the limit
     * @return this builder
     */
    public Builder limit(String name, String category, DeadlinePolicy policy) {
      if (category == null || category.isEmpty()) {
        throw new InvalidValueException(CaseErrors.TIME_LIMIT, name, "empty category");
      }
      return put(name, category, TimeLimit.of(policy));
    }

    /**
     * Sets a limit as an elapsed duration: for limits under an hour, or not in whole hours.
     * Extending by such a limit needs whole hours.
     *
     * @param name     the limit's name
     * @param duration the limit, positive
     * @return this builder
     */
    public Builder limit(String name, Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        throw new InvalidValueException(CaseErrors.TIME_LIMIT, name, "must be positive");
      }
      return put(name, "", TimeLimit.of(duration));
    }

    /**
     * Sets the default of a limit.
     *
     * @param name  the limit's name
     * @param limit a period or an exact duration
     * @return this builder
     */
    public Builder limit(String name, TimeLimit limit) {
      return put(name, "", Objects.requireNonNull(limit, "limit"));
    }

    /**
     * Sets a limit for a category and everything under it.
     *
     * @param name     the limit's name
     * @param category a category code or prefix, e.g. {@code hotline}
     * @param limit    a period or an exact duration
     * @return this builder
     * @throws InvalidValueException {@code workflow.time_limit} for an empty category
     */
    public Builder limit(String name, String category, TimeLimit limit) {
      if (category == null || category.isEmpty()) {
        throw new InvalidValueException(CaseErrors.TIME_LIMIT, name, "empty category");
      }
      return put(name, category, Objects.requireNonNull(limit, "limit"));
    }

    /**
     * Sets a count limit.
     *
     * @param name  the count's name, e.g. {@code extensions}
     * @param count 0 or more
     * @return this builder
     */
    public Builder count(String name, int count) {
      if (count < 0) {
        throw new InvalidValueException(CaseErrors.TIME_LIMIT, name, "negative count " + count);
      }
      counts.put(Objects.requireNonNull(name, "name"), count);
      return this;
    }

    private Builder put(String name, String category, TimeLimit limit) {
      limits.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new TreeMap<>())
          .put(category, limit);
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the immutable limits
     */
    public TimeLimits build() {
      Map<String, Map<String, TimeLimit>> copy = new LinkedHashMap<>();
      limits.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
      return new TimeLimits(Collections.unmodifiableMap(copy),
          Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
    }
  }
}
