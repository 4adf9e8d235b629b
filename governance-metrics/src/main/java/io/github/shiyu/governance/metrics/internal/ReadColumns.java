package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case-fact columns a specification's figures depend on: the columns every fact has
 * (id, type, category, division, registration), its dimensions', and those of each measure
 * it counts, closed under the fact rules that tie one column to another, so that a row read
 * with only these columns is a fact whenever the whole row is.
 */
public final class ReadColumns {

  /** The columns beyond those every fact has that decide whether a fact counts in a measure. */
  private static final Map<Measure, List<String>> BY_MEASURE = new EnumMap<>(Measure.class);

  /**
   * The fact rules between columns: a value of the key's column is refused without the
   * values of these (a conclusion needs its acceptance, a closure its conclusion, a resolved
   * or followed-up case its conclusion, a judicial confirmation its resolution).
   */
  private static final Map<String, List<String>> TIED = Map.of(
      "concluded_at", List.of("accepted_at"),
      "closed_at", List.of("concluded_at"),
      "resolved", List.of("concluded_at"),
      "followed_up", List.of("concluded_at"),
      "judicial_confirmation", List.of("resolved", "judicial_confirmation_status"),
      "judicial_confirmation_status", List.of("resolved", "judicial_confirmation"),
      "confirmation_in_window", List.of("judicial_confirmation_status"));

  static {
    // after FactBits.of and the engine's anchors: a measure's bit and the instant that
    // puts it into a period
    for (Measure m : Measure.values()) {
      BY_MEASURE.put(m, switch (m) {
        case REGISTERED, INFLOW -> List.of();
        case ACCEPTED -> List.of("accepted_at");
        case RETURNED -> List.of("accepted_at", "returned");
        case CONCLUDED, OUTFLOW, BACKLOG_CLEARED, BACKLOG_START, BACKLOG_END ->
            List.of("concluded_at");
        case CONCLUDED_ON_TIME, DUE_CONCLUDED, DUE_CONCLUDED_ON_TIME ->
            List.of("concluded_at", "due_at");
        case DUE -> List.of("due_at");
        case REOPENED -> List.of("concluded_at", "reopened");
        case RESOLVED -> List.of("resolved");
        case JUDICIAL_CONFIRMATION -> List.of("judicial_confirmation",
            "judicial_confirmation_status");
        case RATED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED -> List.of("rating");
        case SOLVED -> List.of("rating", "solved");
        case RESPONDED -> List.of("responded");
        case FOLLOWED_UP -> List.of("followed_up");
        case ESCALATED -> List.of("escalated");
        case REPEAT -> List.of("repeat");
        case LITIGATED -> List.of("litigated");
        case CLOSED -> List.of("closed_at");
        case PERSON_VISITS -> List.of("person_visits");
        case PSYCHOLOGIST_JOINED -> List.of("expert_fields");
        case PSYCHOLOGIST_RESOLVED -> List.of("expert_fields", "resolved");
        // supplied figures are not read from facts
        case RESIDENTS, UNITS, UNITS_COVERED, LAWSUITS_RECEIVED, FIRST_INSTANCE_CONCLUDED,
            REVERSED_OR_REMANDED -> List.of();
      });
    }
  }

  private ReadColumns() {
  }

  /**
   * The columns of a specification, in {@link CaseFactFormat#COLUMNS} order.
   *
   * @param spec the specification
   * @return the columns
   */
  public static List<String> of(ReportSpec spec) {
    Set<String> read = new HashSet<>(CaseFactFormat.REQUIRED);
    for (Dimension d : spec.dimensions()) {
      switch (d.kind()) {
        case GRID -> read.add("grid");
        case DEPARTMENT -> read.add("department");
        case DIVISION, CATEGORY, TYPE -> { }
      }
    }
    if (!spec.suppliedOnly()) {
      for (Measure m : new Engine(spec).countedMeasures()) {
        read.addAll(BY_MEASURE.get(m));
      }
    }
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String c : List.copyOf(read)) {
        grew |= read.addAll(TIED.getOrDefault(c, List.of()));
      }
    }
    return CaseFactFormat.COLUMNS.stream().filter(read::contains).toList();
  }
}
