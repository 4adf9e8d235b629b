package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.examples.cli.Batch;
import io.github.shiyu.governance.examples.cli.Command;
import io.github.shiyu.governance.examples.cli.GovernanceCli;
import io.github.shiyu.governance.examples.cli.Options;
import io.github.shiyu.governance.examples.cli.UsageException;
import io.github.shiyu.governance.spark.SparkCaseFacts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code generate-facts}: a province's case facts as Parquet ({@link ProvinceFacts}), in the
 * typed schema of {@link SparkCaseFacts#SCHEMA}, so that anyone can reproduce the Spark
 * figures: the same options give the same file.
 */
final class GenerateFactsCommand implements Command {

  @Override
  public String name() {
    return "generate-facts";
  }

  @Override
  public String summary() {
    return "writes a province's case facts as Parquet, for benchmarks and trials";
  }

  @Override
  public String help() {
    return """
        --out DIR [--count N] [--province CODE] [--from DATE] [--years N] [--seed S]
        [--partitions N] [--master URL]
        --out         the Parquet directory to write (replaced if it exists)
        --count       facts (default 100000000)
        --province    province code, 2 or 6 digits (default 42, Hubei): its counties from the
                      embedded division table, with townships and villages under each
        --from        the first registration day (default 2022-01-01); --years of facts (default 3)
        --seed        the random seed (default 42)
        --partitions  Spark partitions, one Parquet file each (default: one per 2,000,000 facts)
        --master      Spark master URL (default local[*])
        Out: a line on standard error with the facts and counties written.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("out", "count", "province", "from", "years", "seed", "partitions", "master");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException {
    String out = options.require("out");
    long count = number(options, "count", 100_000_000L);
    String province = options.get("province").orElse("42");
    if (!province.matches("\\d{2}(0000)?")) {
      throw new UsageException("--province must be 2 or 6 digits, got '" + province + "'");
    }
    LocalDate from;
    try {
      from = LocalDate.parse(options.get("from").orElse("2022-01-01"));
    } catch (DateTimeParseException e) {
      throw new UsageException("--from must be a date, yyyy-MM-dd");
    }
    int years = (int) number(options, "years", 3);
    long seed = number(options, "seed", 42);
    int partitions = (int) number(options, "partitions", Math.max(1, (count + 1_999_999) / 2_000_000));
    if (count < 1 || years < 1 || partitions < 1) {
      throw new UsageException("--count, --years and --partitions must be at least 1");
    }
    ProvinceFacts facts;
    try {
      facts = new ProvinceFacts(province, from, years, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SparkSession spark = Sessions.session(options.get("master").orElse("local[*]"));
    JavaRDD<Row> rows = spark.range(0, partitions, 1, partitions).javaRDD()
        .mapPartitionsWithIndex(new Slice(facts, count, partitions), false);
    spark.createDataFrame(rows, SparkCaseFacts.SCHEMA).write().mode("overwrite").parquet(out);
    batch.err().println("wrote " + count + " facts of " + facts.counties()
        + " counties in province " + province + " to " + out);
    return GovernanceCli.OK;
  }

  /** Partition {@code p}'s share of the facts, row by row. */
  private record Slice(ProvinceFacts facts, long total, int slices)
      implements Function2<Integer, Iterator<Long>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Integer p, Iterator<Long> ignored) {
      long start = total * p / slices;
      long end = total * (p + 1) / slices;
      SplittableRandom r = facts.random(p);
      return new Iterator<>() {
        private long next = start;

        @Override
        public boolean hasNext() {
          return next < end;
        }

        @Override
        public Row next() {
          return facts.row(next++, r);
        }
      };
    }
  }

  private static long number(Options options, String name, long otherwise)
      throws UsageException {
    try {
      return options.get(name).map(Long::parseLong).orElse(otherwise);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number");
    }
  }
}
