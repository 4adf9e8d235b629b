package io.github.shiyu.governance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Loads the dashboard in headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs
 * it): no console messages (the page has no script, so any message is an error: a blocked or
 * failed resource), the three charts' SVGs drawn, and the figures on the cards and in the
 * monthly chart equal the report endpoint's.
 */
class DashboardBrowserTest extends ServerTest {

  private static final Pattern CARD = Pattern.compile(
      "<div class=\"card\"><div class=\"v\">([^<]*)</div><div class=\"l\">([^<]*)</div>");
  private static final Pattern INFLOW = Pattern.compile("<title>inflow (\\d{4}-\\d{2}): (\\d+)</title>");

  @Test
  void chartsRenderWithTheReportsFigures(@TempDir Path profile) throws IOException, InterruptedException {
    String chromium = chromium();
    Path dom = profile.resolve("dom.html");
    Path log = profile.resolve("console.log");
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile.resolve("profile"), "--dump-dom", uri("/dashboard").toString())
        .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    String html = Files.readString(dom, StandardCharsets.UTF_8);
    List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
    assertThat(console).as("console messages").isEmpty();

    assertThat(count(html, "<svg")).as("the monthly, township and grid charts").isGreaterThanOrEqualTo(3);
    assertThat(html).contains("<section id=\"monthly\">", "<section id=\"townships\">", "<section id=\"map\">");
    assertThat(count(html, "<path")).as("grid polygons and the backlog line").isGreaterThan(10);

    Map<String, String> cards = new LinkedHashMap<>();
    Matcher m = CARD.matcher(html);
    while (m.find()) {
      cards.put(m.group(2), m.group(1));
    }
    JsonNode county = row(get("/api/reports/370705?from=2026", null).json(), "370705000000", "2026");
    JsonNode counts = county.get("counts");
    assertThat(number(cards.get("Cases registered 登记"))).isEqualTo(counts.get("registered").asLong()).isPositive();
    assertThat(number(cards.get("Concluded 办结"))).isEqualTo(counts.get("concluded").asLong());
    assertThat(number(cards.get("Reopened 重办"))).isEqualTo(counts.get("reopened").asLong());
    assertThat(number(cards.get("Returned 退单"))).isEqualTo(counts.get("returned").asLong());
    assertThat(number(cards.get("Escalated 提级"))).isEqualTo(counts.get("escalated").asLong());
    assertThat(number(cards.get("Open at period end 期末存量"))).isEqualTo(counts.get("backlog_end").asLong());
    assertThat(percent(cards.get("Closure rate 结案率")))
        .isEqualByComparingTo(county.get("values").get("closureRate").get("value").decimalValue());
    assertThat(percent(cards.get("Satisfaction 满意率")))
        .isEqualByComparingTo(county.get("values").get("satisfactionRate").get("value").decimalValue());

    JsonNode monthly = get("/api/reports/370705?from=2026-01&to=2026-12", null).json();
    Matcher inflow = INFLOW.matcher(html);
    List<String> months = new ArrayList<>();
    while (inflow.find()) {
      months.add(inflow.group(1));
      assertThat(Long.parseLong(inflow.group(2))).as("inflow " + inflow.group(1))
          .isEqualTo(row(monthly, "370705000000", inflow.group(1)).get("counts").get("inflow").asLong());
    }
    assertThat(months).hasSize(12);
  }

  private static JsonNode row(JsonNode report, String division, String period) {
    for (JsonNode r : report.get("rows")) {
      if (r.get("division").asString().equals(division) && r.get("period").asString().equals(period)) {
        return r;
      }
    }
    throw new AssertionError("no row " + division + " " + period + " in " + report);
  }

  private static long number(String text) {
    assertThat(text).isNotNull();
    return Long.parseLong(text.replace(",", ""));
  }

  private static BigDecimal percent(String text) {
    assertThat(text).isNotNull().endsWith("%");
    return new BigDecimal(text.substring(0, text.length() - 1));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("headless Chromium is needed: apt-get install chromium fonts-noto-cjk "
        + "(.ci/run installs it on a fresh machine)");
  }
}
