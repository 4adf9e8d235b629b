package io.github.shiyu.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as a user starts it ({@code java -jar}, no JVM options: the
 * manifest's Add-Opens), writes governance-cli's report byte for byte.
 */
class SparkReportJarIT {

  @TempDir
  Path dir;

  @Test
  void javaDashJarWritesTheCliReport() throws IOException, InterruptedException {
    String text = Facts.csv(Facts.rows(2_000, 11));
    Path csv = dir.resolve("facts.csv");
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-jar", System.getProperty("spark.report.jar"),
        "report", "--master", "local[2]", "--facts", "-", "--by", "division:COUNTY,month"))
        .redirectInput(csv.toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(p.exitValue()).as(err).isZero();

    ByteArrayOutputStream local = new ByteArrayOutputStream();
    int status = GovernanceCli.standard().run(new String[] {"report", "--facts", "-", "--by",
        "division:COUNTY,month"}, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        local, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out).isNotEmpty().isEqualTo(local.toByteArray());
  }
}
