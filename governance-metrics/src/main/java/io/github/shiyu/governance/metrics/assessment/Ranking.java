package io.github.shiyu.governance.metrics.assessment;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Units ordered by composite score, with ranks and the reason for each place.
 *
 * <pre>{@code
 * for (Ranking.Entry e : ranking.entries()) {
 *   System.out.println(e.rank() + " " + e.score().unit() + " " + e.explanation());
 * }
 * }</pre>
 *
 * @param entries the entries, best first (equal ranks ordered by unit)
 */
public record Ranking(List<Entry> entries) {

  /**
   * Copies the entries.
   */
  public Ranking {
    entries = List.copyOf(entries);
  }

  /**
   * The entry of a unit.
   *
   * @param unit the unit's name
   * @return its entry, if ranked
   */
  public Optional<Entry> of(String unit) {
    return entries.stream().filter(e -> e.score().unit().equals(unit)).findFirst();
  }

  /**
   * One ranked unit.
   *
   * <pre>{@code
   * entry.explanation();   // "rank 2: 95.50 of 100, tied with 429005"
   * }</pre>
   *
   * @param rank        1 for the best; tied units share a rank
   * @param score       the unit's score
   * @param explanation why the unit stands here: its score, ties and tie-breaks
   */
  public record Entry(int rank, Score score, String explanation) {

    /**
     * Checks the values.
     *
     * @throws InvalidValueException {@code metrics.rank} for a rank below 1
     */
    public Entry {
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(explanation, "explanation");
      if (rank < 1) {
        throw new InvalidValueException(MetricErrors.RANK, rank);
      }
    }
  }
}
