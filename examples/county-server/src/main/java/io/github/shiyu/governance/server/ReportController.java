package io.github.shiyu.governance.server;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.examples.report.HtmlReport;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metrics report of a division and period as JSON or CSV, and the dashboard page. Both are
 * aggregates with no personal data, open to anonymous readers.
 */
@RestController
public class ReportController {

  private final CountyReports reports;

  /**
   * Creates the controller.
   *
   * @param reports the reports
   */
  public ReportController(CountyReports reports) {
    this.reports = reports;
  }

  /**
   * The report: rows by township and county for each period from {@code from} to {@code to}.
   *
   * @param division the division code (6 or 12 digits)
   * @param from     the first period label ({@code 2026}, {@code 2026-Q1}, {@code 2026-01}, {@code 2026-W05}, {@code 2026-01-31})
   * @param to       the last period label, of the same granularity (default: {@code from})
   * @param format   {@code json} (default) or {@code csv}
   * @return the report
   */
  @GetMapping(path = "/api/reports/{division}", produces = {"application/json", "text/csv"})
  public ResponseEntity<String> report(@PathVariable("division") String division,
      @RequestParam(name = "from") String from, @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "format", defaultValue = "json") String format) {
    DivisionCode code = DivisionCode.parse(division);
    Period first = Period.parse(from);
    Period last = to == null ? first : Period.parse(to);
    if (!format.equals("json") && !format.equals("csv")) {
      throw Problems.badRequest("format must be json or csv, got '" + format + "'");
    }
    Report report = reports.report(code, first, last);
    return format.equals("csv")
        ? ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .body(report.toCsv())
        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toJson());
  }

  /**
   * The dashboard: the quickstart's charts for a county and year, live from the store.
   *
   * @param county the county (default: the quickstart county, 370705)
   * @param year   the year (default: 2026, the quickstart's year)
   * @return the HTML page
   */
  @GetMapping(path = "/dashboard", produces = "text/html")
  public ResponseEntity<String> dashboard(@RequestParam(name = "county", defaultValue = "370705") String county,
      @RequestParam(name = "year", defaultValue = "2026") String year) {
    DivisionCode code = DivisionCode.parse(county);
    if (code.level() != DivisionLevel.COUNTY) {
      throw Problems.badRequest("county must be a county's code, got " + county);
    }
    Period y = Period.parse(year);
    if (!y.label().equals(year.strip()) || y.label().length() != 4) {
      throw Problems.badRequest("year must be a year such as 2026, got '" + year + "'");
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(HtmlReport.render(reports.dashboard(code, y)));
  }
}
