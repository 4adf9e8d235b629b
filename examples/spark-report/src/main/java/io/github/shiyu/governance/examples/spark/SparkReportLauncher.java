package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.examples.cli.GovernanceCli;
import java.util.List;

/**
 * {@code spark-report.jar}: the CLI's {@code report} command on Apache Spark, and
 * {@code generate-facts}, which writes a province's case facts as Parquet. The CLI's options,
 * help and exit statuses; Spark's log goes to standard error.
 *
 * <pre>
 * java -jar examples/spark-report/target/spark-report.jar generate-facts --out facts.parquet --count 10000000
 * java -jar examples/spark-report/target/spark-report.jar report --master local[2] \
 *     --facts facts.parquet --by division:COUNTY,month &gt; report.csv
 * java -jar examples/spark-report/target/spark-report.jar benchmark facts.parquet local[2] 5
 * </pre>
 */
public final class SparkReportLauncher {

  private SparkReportLauncher() {
  }

  /**
   * The launcher's commands.
   *
   * @return the tool
   */
  public static GovernanceCli tool() {
    return new GovernanceCli(List.of(new SparkReportCommand(), new GenerateFactsCommand()));
  }

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Netty (Spark's RPC) reads this before Spark could set it.
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    if (args.length > 0 && args[0].equals("benchmark")) {
      // java -jar is what applies the manifest's Add-Opens, so the benchmark starts here too
      SparkReportBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    int status = tool().run(args, System.in, System.out, System.err);
    Sessions.stop();
    System.exit(status);
  }
}
