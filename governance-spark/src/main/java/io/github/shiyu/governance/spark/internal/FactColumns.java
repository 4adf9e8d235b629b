package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.Handling;
import io.github.shiyu.governance.metrics.fact.Outcome;
import io.github.shiyu.governance.metrics.fact.Subject;
import io.github.shiyu.governance.metrics.fact.Timeline;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The Spark side of {@link CaseFactFormat#COLUMNS}: each column's typed Spark type and its
 * value in a fact. The column set and its order come from the format alone; a column the
 * format gains and this class does not map fails the first use of the typed schema (and
 * the module's tests), never silently reading or writing nothing.
 */
public final class FactColumns {

  private FactColumns() {
  }

  /**
   * A column's type in the typed schema.
   *
   * @param column a {@link CaseFactFormat#COLUMNS} name
   * @return its Spark type
   * @throws IllegalStateException for a column governance-spark does not map
   */
  public static DataType type(String column) {
    return switch (column) {
      case "case_id", "type", "category", "division", "grid", "department", "rating",
          "judicial_confirmation_status", "expert_fields" -> DataTypes.StringType;
      case "registered_at", "accepted_at", "due_at", "concluded_at", "closed_at" ->
          DataTypes.TimestampType;
      case "resolved", "judicial_confirmation", "solved", "responded", "followed_up",
          "reopened", "returned", "escalated", "repeat", "litigated",
          "confirmation_in_window" -> DataTypes.BooleanType;
      case "person_visits" -> DataTypes.IntegerType;
      default -> throw unmapped(column);
    };
  }

  /**
   * A column's value in a fact, as a row of the typed schema holds it (null when absent).
   *
   * @param fact   the fact
   * @param column a {@link CaseFactFormat#COLUMNS} name
   * @return the value: a string, timestamp, boolean or integer
   * @throws IllegalStateException for a column governance-spark does not map
   */
  public static Object value(CaseFact fact, String column) {
    Subject what = fact.subject();
    Timeline when = fact.timeline();
    Handling how = fact.handling();
    Outcome outcome = fact.outcome();
    return switch (column) {
      case "case_id" -> what.id().value();
      case "type" -> what.type().name();
      case "category" -> what.category().code();
      case "division" -> what.division().value();
      case "grid" -> what.grid().map(g -> g.value()).orElse(null);
      case "department" -> how.department().orElse(null);
      case "registered_at" -> Timestamp.from(when.registeredAt());
      case "accepted_at" -> timestamp(when.acceptedAt());
      case "due_at" -> timestamp(when.dueAt());
      case "concluded_at" -> timestamp(when.concludedAt());
      case "closed_at" -> timestamp(when.closedAt());
      case "resolved" -> outcome.resolved();
      case "judicial_confirmation" -> outcome.judicialConfirmation();
      case "rating" -> outcome.rating().map(Enum::name).orElse(null);
      case "solved" -> outcome.solved();
      case "responded" -> how.responded();
      case "followed_up" -> outcome.followedUp();
      case "reopened" -> how.reopened();
      case "returned" -> how.returned();
      case "escalated" -> how.escalated();
      case "repeat" -> what.repeat();
      case "litigated" -> outcome.litigated();
      case "person_visits" -> what.personVisits();
      case "judicial_confirmation_status" -> outcome.confirmation().name();
      case "confirmation_in_window" -> outcome.confirmationInWindow();
      case "expert_fields" -> how.experts().isEmpty() ? null : String.join(";", how.experts());
      default -> throw unmapped(column);
    };
  }

  private static Timestamp timestamp(Optional<Instant> at) {
    return at.map(Timestamp::from).orElse(null);
  }

  static IllegalStateException unmapped(String column) {
    return new IllegalStateException("case-fact column '" + column
        + "' of CaseFactFormat.COLUMNS is not mapped by governance-spark");
  }
}
