package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart end to end: the three files, the terminal summary, the same seed gives the same year. */
class QuickstartTest {

  @TempDir
  Path dir;

  @Test
  void theYearRunsAndWritesTheThreeReports() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.Outcome outcome = Quickstart.run(dir.resolve("a"), new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Quickstart.SEED, Quickstart.CASES);
    String terminal = bytes.toString(StandardCharsets.UTF_8);
    assertThat(terminal).contains("奎文区 (370705), 10 sub-districts, 183 communities, 202 grids", "100%",
        "sub-district 街道", "新城街道", "12,000 cases", "Wrote ",
        "Hierarchy index: 1 county, 10 sub-districts, 183 communities, 202 grids", "trusted over 4 of 4 levels");
    assertThat(outcome.cases()).isEqualTo(12_000);
    assertThat(outcome.events()).isGreaterThan(60_000);
    assertThat(outcome.open()).isPositive();
    // Cases open at the end of the year run deadlines into the next; until its notice is
    // loaded those are provisional, and the terminal and the report say so.
    boolean nextProvisional = io.github.shiyu.governance.core.time.WorkCalendar.china()
        .isProvisional(Quickstart.YEAR.plusYears(1));
    assertThat(outcome.provisional() > 0).isEqualTo(nextProvisional);
    assertThat(terminal).contains(String.format(java.util.Locale.ROOT, "%,d cases with a provisional deadline",
        outcome.provisional()));

    JsonNode json = new ObjectMapper().readTree(outcome.json().toFile());
    // 10 sub-districts and the county, 12 months each.
    assertThat(json.get("rows")).hasSize(11 * 12);
    assertThat(Files.readString(outcome.csv())).startsWith("division,period,");
    assertThat(Files.readAllLines(outcome.csv())).hasSize(1 + 11 * 12);

    String html = Files.readString(outcome.html());
    assertThat(html.split("<svg", -1)).hasSize(4);
    assertThat(html).contains("奎文区", "id=\"monthly\"", "id=\"townships\"", "id=\"map\"", "370705001001001")
        .doesNotContain("<script", "src=", "href=", "url(", "@import");
    assertThat(html).contains("Provisional deadlines 暂定期限");
    assertThat(html.split("<path d=\"M", -1).length - 1).isGreaterThanOrEqualTo(202);
    // No personal data anywhere: the simulation has none, the report must not invent any. The
    // output directory is the test's own (JUnit names it with a random number that can be 18
    // digits long), so it is taken out before looking for ID numbers.
    assertThat(terminal.replace(dir.toString(), "<dir>") + html)
        .doesNotContainPattern("\\b\\d{17}[\\dX]\\b");
  }

  @Test
  void theSameSeedGivesTheSameReport() throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Quickstart.Outcome a = Quickstart.run(dir.resolve("a"), quiet, 7L, 1_500);
    Quickstart.Outcome b = Quickstart.run(dir.resolve("b"), quiet, 7L, 1_500);
    Quickstart.Outcome c = Quickstart.run(dir.resolve("c"), quiet, 8L, 1_500);
    assertThat(Files.readString(a.json())).isEqualTo(Files.readString(b.json())).isNotEqualTo(Files.readString(c.json()));
    assertThat(Files.readString(a.html())).isEqualTo(Files.readString(b.html()));
  }
}
