package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.internal.Columns;
import io.github.shiyu.governance.metrics.internal.Engine;
import io.github.shiyu.governance.metrics.internal.EngineState;

/**
 * The mergeable state of a report: counters per row and period, added to fact by fact or
 * table by table. Merging adds counters, so it is associative and commutative: a report may
 * be computed in parallel chunks, incrementally (a late or corrected fact is
 * {@linkplain #replace replaced}) or on a distributed engine, and always equals the batch
 * result. Not thread-safe: use one accumulator per thread and merge them.
 *
 * <pre>{@code
 * Accumulator january = spec.accumulate(januaryTable);
 * Accumulator february = spec.accumulate(februaryTable);
 * Report both = january.copy().merge(february).report();
 * }</pre>
 */
public final class Accumulator {

  private final ReportSpec spec;
  private final Engine engine;

  Accumulator(ReportSpec spec) {
    this(spec, new Engine(spec));
  }

  private Accumulator(ReportSpec spec, Engine engine) {
    this.spec = spec;
    this.engine = engine;
  }

  /**
   * Adds a fact. It is counted directly, without a one-row table: a live report adds facts
   * one at a time.
   *
   * @param fact the fact
   * @return this accumulator
   */
  public Accumulator add(CaseFact fact) {
    engine.add(fact, 1);
    return this;
  }

  /**
   * Removes a fact added before (its counters are subtracted).
   *
   * @param fact a fact equal to one added before
   * @return this accumulator
   */
  public Accumulator remove(CaseFact fact) {
    engine.add(fact, -1);
    return this;
  }

  /**
   * Replaces a case's fact by its newer version (a late event changed it).
   *
   * @param previous the fact added before
   * @param current  the case's fact now
   * @return this accumulator
   */
  public Accumulator replace(CaseFact previous, CaseFact current) {
    return remove(previous).add(current);
  }

  /**
   * Adds every row of a table.
   *
   * @param table the facts
   * @return this accumulator
   */
  public Accumulator addAll(CaseFactTable table) {
    return addAll(table, 0, table.size());
  }

  /**
   * Adds rows {@code from} (inclusive) to {@code to} (exclusive) of a table: one chunk of a
   * parallel computation.
   *
   * @param table the facts
   * @param from  the first row
   * @param to    the row after the last
   * @return this accumulator
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code metrics.rows} if the
   *     rows are not within the table
   */
  public Accumulator addAll(CaseFactTable table, int from, int to) {
    // the table is sealed: the module's column store is its only implementation
    engine.add((Columns) table, from, to, 1);
    return this;
  }

  /**
   * Adds another accumulator's counters to this one's.
   *
   * @param other an accumulator of the same {@link ReportSpec} instance
   * @return this accumulator
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code metrics.incompatible}
   *     for another specification
   */
  public Accumulator merge(Accumulator other) {
    engine.merge(other.engine);
    return this;
  }

  /**
   * The counters in a binary form, to send to another process: a distributed engine's
   * worker writes its partial accumulator, the driver {@linkplain #merge(byte[]) merges} it.
   * The groups are written by their dimension values, so the bytes do not depend on the order
   * in which this accumulator met them; no case id or personal data is in them.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return EngineState.write(engine);
  }

  /**
   * Adds the counters of an accumulator written by {@link #toBytes()}, in this process or
   * another: its specification must count the same (same metrics' measures and scopes,
   * dimensions and periods), though it may be another instance, built where the bytes were
   * written.
   *
   * @param state the bytes of {@link #toBytes()}
   * @return this accumulator
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code metrics.incompatible}
   *     for an accumulator of a specification that counts otherwise, {@code metrics.state} for
   *     bytes that are not an accumulator's
   */
  public Accumulator merge(byte[] state) {
    EngineState.read(engine, state);
    return this;
  }

  /**
   * An independent copy.
   *
   * @return a new accumulator with the same counters
   */
  public Accumulator copy() {
    return new Accumulator(spec, engine.copy());
  }

  /**
   * The report of the counters so far.
   *
   * @return an immutable report
   */
  public Report report() {
    return Assembler.assemble(spec, engine);
  }

  /**
   * The specification.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return "Accumulator[" + engine.groups() + " groups, " + spec + "]";
  }
}
