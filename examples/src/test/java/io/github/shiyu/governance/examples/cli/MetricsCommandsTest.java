package io.github.shiyu.governance.examples.cli;

import static io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report over case-fact rows: good and bad rows, usage errors. */
class MetricsCommandsTest {

  private static final String HEADER = "case_id,type,category,division,registered_at,accepted_at,due_at,concluded_at\n";
  private static final String FACTS = HEADER
      + "A1,WORK_ORDER,hotline.complaint,370705001001,2025-03-03T01:00:00Z,2025-03-03T02:00:00Z,2025-03-10T16:00:00Z,2025-03-05T08:00:00Z\n"
      + "A2,WORK_ORDER,hotline.complaint,370705001004,2025-03-04T01:00:00Z,2025-03-04T02:00:00Z,2025-03-11T16:00:00Z,2025-03-14T08:00:00Z\n"
      + "A3,WORK_ORDER,hotline.help_seeking,370705002001,2025-04-01T01:00:00Z,2025-04-01T02:00:00Z,2025-04-08T16:00:00Z,\n"
      + "B1,WORK_ORDER,hotline.complaint,3707,2025-03-03T01:00:00Z,,,\n"
      + "B2,WORK_ORDER,hotline.complaint,370705001001,2025-03-03T01:00:00Z,,,2025-03-01T00:00:00Z\n";

  private final GovernanceCli cli = GovernanceCli.standard();

  @TempDir
  Path dir;

  @Test
  void reportsByTownshipAndMonthAndSkipsBadRows() throws IOException {
    Path facts = Files.writeString(dir.resolve("facts.csv"), FACTS, StandardCharsets.UTF_8);
    Result r = run(cli, "", "report", "--facts", facts.toString(), "--by", "division:TOWNSHIP,month", "--metrics",
        "closureRate,onTimeClosureRate");
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines[0]).startsWith("division,period,").contains("closureRate,closureRate_numerator");
    assertThat(r.out()).contains("\r\n370705001000,2025-03,").contains("\r\n370705002000,2025-04,");
    // 东关: two due in March, both concluded, one on time.
    assertThat(lines[1]).contains(",100.00,2,2,50.00,1,2");
    assertThat(r.err()).contains("row 4: ", "row 5: ").doesNotContain("row 1:", "row 2:", "row 3:");
  }

  @Test
  void readsStandardInputAndRollsUp() {
    Result r = run(cli, FACTS, "report", "--facts", "-", "--by", "rollup:TOWNSHIP-COUNTY", "--metrics", "closureRate");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\r\n370705000000,").contains("\r\n370705001000,").contains("\r\n370705002000,");
  }

  @Test
  void usageErrors() throws IOException {
    Path facts = Files.writeString(dir.resolve("facts.csv"), FACTS, StandardCharsets.UTF_8);
    String file = facts.toString();
    assertThat(run(cli, "", "report", "--facts", file).status()).isEqualTo(2);
    assertThat(run(cli, "", "report", "--facts", file, "--by", "colour").status()).isEqualTo(2);
    assertThat(run(cli, "", "report", "--facts", file, "--by", "month,year").status()).isEqualTo(2);
    assertThat(run(cli, "", "report", "--facts", file, "--by", "division:HAMLET").status()).isEqualTo(2);
    assertThat(run(cli, "", "report", "--facts", file, "--by", "month", "--metrics", "happiness").status()).isEqualTo(2);
    assertThat(run(cli, "", "report", "--facts", dir.resolve("none.csv").toString(), "--by", "month").status())
        .isEqualTo(2);
    Path typo = Files.writeString(dir.resolve("typo.csv"), FACTS.replace("due_at", "due_by"), StandardCharsets.UTF_8);
    Result header = run(cli, "", "report", "--facts", typo.toString(), "--by", "month");
    assertThat(header.status()).isEqualTo(2);
    assertThat(header.err()).contains("due_by");
    assertThat(run(cli, "", "report", "--help").out()).contains("--facts", "--by", "--metrics");
  }
}
