/**
 * The metrics reports on Apache Spark: {@link io.github.shiyu.governance.spark.SparkReport}
 * counts a {@code Dataset} of case facts (read by
 * {@link io.github.shiyu.governance.spark.SparkCaseFacts} from Parquet, CSV or a JDBC table)
 * with the metrics module's own {@code Accumulator}, one per partition, merged by their
 * binary form, so the report equals the local engine's: the same rates, rounding, roll-up and
 * comparisons. Spark is a provided dependency, on the class path.
 */
package io.github.shiyu.governance.spark;
