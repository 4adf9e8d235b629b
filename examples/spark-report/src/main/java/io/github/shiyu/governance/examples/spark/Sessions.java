package io.github.shiyu.governance.examples.spark;

import org.apache.spark.sql.SparkSession;

/** The launcher's Spark session: one per process, stopped when the command is done. */
final class Sessions {

  private Sessions() {
  }

  static SparkSession session(String master) {
    return SparkSession.builder().master(master).appName("spark-report")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
  }

  static void stop() {
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
  }
}
