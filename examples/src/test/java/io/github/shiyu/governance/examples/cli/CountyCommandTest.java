package io.github.shiyu.governance.examples.cli;

import static io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.Result;
import io.github.shiyu.governance.testkit.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code county --database}: a writer process (a child JVM running the CLI) is killed
 * ({@link Process#destroyForcibly()}, SIGKILL) at several moments for several seeds, run again,
 * and its {@code facts.csv} is byte-identical to an uninterrupted run's.
 */
class CountyCommandTest {

  private static final int CASES = 30;

  @TempDir
  Path dir;

  /** One seed: where its runs are killed (after this many cases were reported done). */
  private record Plan(long seed, List<Integer> killsAfter) {}

  @Test
  void aKilledRunResumedWritesTheSameFactsAsAnUninterruptedOne() throws Exception {
    // kill at start-up (before any case), early, mid-run, late, and twice in a row
    List<Plan> plans = List.of(new Plan(11, List.of(0, 19)), new Plan(23, List.of(4)),
        new Plan(37, List.of(27)));
    int interrupted = 0;
    for (Plan plan : plans) {
      String seed = Long.toString(plan.seed());
      Path reference = dir.resolve("ref-" + seed);
      Result ok = run(GovernanceCli.standard(), "", "county", "--database", h2(reference),
          "--out", reference.resolve("out").toString(), "--cases", "" + CASES, "--seed", seed);
      assertThat(ok.status()).as(ok.err()).isZero();
      byte[] expected = Files.readAllBytes(reference.resolve("out/facts.csv"));
      assertThat(new String(expected, StandardCharsets.UTF_8).lines()).hasSize(CASES + 1);

      Path killed = dir.resolve("killed-" + seed);
      String[] args = {"county", "--database", h2(killed), "--out",
          killed.resolve("out").toString(), "--cases", "" + CASES, "--seed", seed};
      for (int after : plan.killsAfter()) {
        boolean died = runAndKill(args, after);
        assertThat(died).as("seed %s: the child finished before case %d", seed, after + 1)
            .isTrue();
        int stored = storedCases(killed);
        assertThat(stored).isLessThan(CASES);
        if (stored > 0) {
          interrupted++;
        }
        assertThat(killed.resolve("out/facts.csv")).doesNotExist();
      }
      Result resumed = run(GovernanceCli.standard(), "", args);
      assertThat(resumed.status()).as(resumed.err()).isZero();
      assertThat(Files.readAllBytes(killed.resolve("out/facts.csv")))
          .as("seed %s after kills %s", seed, plan.killsAfter()).isEqualTo(expected);
      // and once more over the complete database: nothing changes
      assertThat(run(GovernanceCli.standard(), "", args).status()).isZero();
      assertThat(Files.readAllBytes(killed.resolve("out/facts.csv"))).isEqualTo(expected);
      assertThat(storedEvents(killed)).isEqualTo(storedEvents(reference));
    }
    // the kills did land in the middle of runs, not only before or after them
    assertThat(interrupted).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anotherSeedOnTheSameDatabaseIsRefused() {
    Path db = dir.resolve("other");
    assertThat(run(GovernanceCli.standard(), "", "county", "--database", h2(db), "--out",
        db.resolve("out").toString(), "--cases", "3", "--seed", "1").status()).isZero();
    Result r = run(GovernanceCli.standard(), "", "county", "--database", h2(db), "--out",
        db.resolve("out").toString(), "--cases", "3", "--seed", "2");
    assertThat(r.status()).isEqualTo(GovernanceCli.USAGE);
    assertThat(r.err()).contains("another seed or size");
  }

  @Test
  void usageErrors() {
    assertThat(run(GovernanceCli.standard(), "", "county", "--out", "x").status())
        .isEqualTo(GovernanceCli.USAGE);
    assertThat(run(GovernanceCli.standard(), "", "county", "--database", "jdbc:h2:mem:x",
        "--out", dir.toString(), "--cases", "many").status()).isEqualTo(GovernanceCli.USAGE);
    assertThat(run(GovernanceCli.standard(), "", "county", "--database", "jdbc:nosuch:x",
        "--out", dir.toString()).status()).isEqualTo(GovernanceCli.USAGE);
  }

  private static String h2(Path db) {
    return "jdbc:h2:file:" + db.resolve("db").toAbsolutePath();
  }

  /**
   * Runs the CLI in a child JVM and kills it once its progress bar reports {@code after}
   * cases done (0: as soon as it draws the empty bar).
   *
   * @return whether it was killed (false if it finished first)
   */
  private boolean runAndKill(String[] args, int after) throws IOException, InterruptedException {
    List<String> command = ChildJvm.command(GovernanceCli.class, args);
    Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String mark = " " + after + "/" + CASES;
    StringBuilder seen = new StringBuilder();
    try (InputStream err = child.getErrorStream()) {
      int c;
      while ((c = err.read()) >= 0) {
        seen.append((char) c);
        if (seen.indexOf(mark) >= 0) {
          child.destroyForcibly();
          child.waitFor(30, TimeUnit.SECONDS);
          return true;
        }
      }
    }
    child.waitFor(30, TimeUnit.SECONDS);
    return false;
  }


  private static int storedCases(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection(h2(db));
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM shiyu_case")) {
        r.next();
        return r.getInt(1);
      } catch (SQLException e) {
        return 0;   // killed before the schema was there
      }
    }
  }

  private static List<String> storedEvents(Path db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(h2(db));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT case_id, seq, idempotency_key, body FROM shiyu_event"
            + " ORDER BY case_id, seq")) {
      while (r.next()) {
        out.add(Stream.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4))
            .reduce((a, b) -> a + "|" + b).orElseThrow());
      }
    }
    return out;
  }
}
