package io.github.shiyu.governance.examples.cli;

import static io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.Result;
import org.junit.jupiter.api.Test;

/** The commands built on core, each with good rows, bad rows and usage errors. */
class CoreCommandsTest {

  private final GovernanceCli cli = GovernanceCli.standard();

  @Test
  void division() {
    Result r = run(cli, "code\n429004\n4290\n370705001001\n110000\n42900a\n", "division");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("code,level,parent,error\r\n"
        + "429004000000,COUNTY,429000000000,\r\n"
        + "4290,,,\"division.length: expected 6 or 12 digits, got 4\"\r\n"
        + "370705001001,VILLAGE,370705001000,\r\n"
        + "110000000000,PROVINCE,,\r\n"
        + "42900a,,,\"division.character: expected a digit at position 6, got 'a'\"\r\n");
    assertThat(run(cli, "kode\n429004\n", "division").status()).isEqualTo(2);
    assertThat(run(cli, "code\n429004\n", "division", "--level", "x").status()).isEqualTo(2);
  }

  @Test
  void residentIdNeverEchoesTheNumber() {
    String valid = "11010519491231002X";
    String badCheck = "110105194912310021";
    String badDate = "110105194902300021";
    Result r = run(cli, "name,id\nA," + valid + "\nB," + badCheck + "\nC,123\nD,\nE," + badDate + "\nF,11010519491231002*\n",
        "resident-id");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("row,valid,reason,error\r\n1,true,,\r\n2,false,CHECK_CHARACTER,\r\n3,false,LENGTH,\r\n"
        + "4,false,LENGTH,\r\n5,false,BIRTH_DATE,\r\n6,false,CHARACTER,\r\n");
    assertThat(r.out() + r.err()).doesNotContain("1949", "110105");
    assertThat(run(cli, "number\n" + valid + "\n", "resident-id").status()).isEqualTo(2);
  }

  @Test
  void workdayFollowsTheHolidayArrangements() {
    // National Day 2025: 1-8 October off; Saturday 11 October worked.
    Result r = run(cli, "date,n\n2025-09-30,1\n2025-10-01,1\n2025-10-11,0\n2031-01-01,1\n30/09/2025,1\n2025-01-02,x\n2025-01-01,\n",
        "workday");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("date,n,workday,plus,provisional,error\r\n"
        + "2025-09-30,1,true,2025-10-09,false,\r\n"
        + "2025-10-01,1,false,2025-10-09,false,\r\n"
        + "2025-10-11,0,true,2025-10-11,false,\r\n"
        // 2031 has no notice: New Year's Day by the holiday law, and the row says it is provisional.
        + "2031-01-01,1,false,2031-01-02,true,\r\n");
    assertThat(r.out()).contains("\r\n30/09/2025,1,,,,cli.date: date is not an ISO date (yyyy-MM-dd)\r\n"
        + "2025-01-02,x,,,,cli.number: n is not an integer\r\n"
        + "2025-01-01,,false,,false,\r\n");
    assertThat(run(cli, "date\n2025-01-01\n", "workday").status()).isEqualTo(2);
    // The strict mode refuses the year instead, and names it.
    Result strict = run(cli, "date,n\n2031-01-01,1\n", "workday", "--fallback", "none");
    assertThat(strict.out()).startsWith("date,n,workday,plus,provisional,error\r\n"
        + "2031-01-01,1,,,,calendar.year_missing:");
    assertThat(run(cli, "date,n\n2031-01-01,1\n", "workday", "--fallback", "sometimes").status())
        .isEqualTo(2);
  }

  @Test
  void aWorkdayErrorRowKeepsTheInputsDateAndN() {
    // The issue's command line: 60 working days from 2026-12-06 reach into 2027, which is
    // provisional until its notice is loaded; the row names its input either way.
    Result issue = run(cli, "date,n\n2026-12-06,60\n", "workday");
    assertThat(issue.status()).isZero();
    assertThat(issue.out()).startsWith("date,n,workday,plus,provisional,error\r\n2026-12-06,60,");
    assertThat(issue.out()).endsWith(",true,\r\n");
    Result r = run(cli, "date,n\n2026-12-06,-1\n2026-13-01,3\n\"2026-12-07\",x\n", "workday");
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines[1]).startsWith("2026-12-06,-1,,,,\"calendar.count_range:");
    assertThat(lines[2]).isEqualTo("2026-13-01,3,,,,cli.date: date is not an ISO date (yyyy-MM-dd)");
    assertThat(lines[3]).isEqualTo("2026-12-07,x,,,,cli.number: n is not an integer");
  }

  @Test
  void workdayReadsANoticeFromAFileNamedOnTheCommandLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("2027.calendar");
    // A fictional notice for the test: 4 January 2027 (a Monday) off.
    java.nio.file.Files.writeString(file, "notice 2027 TEST a fictional notice (2026-12-30)\n"
        + "rest 2027-01-01..2027-01-04 NEW_YEAR statutory=2027-01-01\n");
    Result r = run(cli, "date,n\n2026-12-31,1\n", "workday", "--calendar", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("date,n,workday,plus,provisional,error\r\n"
        + "2026-12-31,1,true,2027-01-05,false,\r\n");
    Result without = run(cli, "date,n\n2026-12-31,1\n", "workday");
    assertThat(without.out()).endsWith("2026-12-31,1,true,2027-01-04,true,\r\n");
    java.nio.file.Files.writeString(file, "rest 2027-01-04 NEW_YEAR\n");
    Result bad = run(cli, "date,n\n2026-12-31,1\n", "workday", "--calendar", file.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("calendar.data_format", "line 1");
    assertThat(run(cli, "date,n\n2026-12-31,1\n", "workday", "--calendar", dir.resolve("none").toString())
        .err()).contains("cannot read the calendar");
  }

  @Test
  void anEchoedIdNumberOrPhoneIsMasked() {
    Result r = run(cli, "lng,lat\n11010519491231002X,1\n110105194912310021,1\n13812345678,1\n",
        "convert", "--from", "GCJ02", "--to", "WGS84");
    String[] lines = r.out().split("\r\n");
    assertThat(lines[1]).isEqualTo("110105********002X,1,cli.number: lng is not a finite number");
    assertThat(lines[2]).startsWith("110105********0021,1,\"geo.longitude:");
    assertThat(lines[3]).startsWith("138****5678,1,");
    assertThat(r.out()).doesNotContain("11010519491231002X", "110105194912310021", "13812345678");
  }

  @Test
  void aResidentIdErrorRowNamesItsRowButNotTheNumber() {
    Result r = run(cli, "id\n11010519491231002X\n\"11010519491231002X\n", "resident-id");
    assertThat(r.out()).isEqualTo("row,valid,reason,error\r\n1,true,,\r\n"
        + "2,,,csv.syntax: unterminated quoted field at line 3\r\n");
  }

  @Test
  void convertAtFullPrecision() {
    Result r = run(cli, "lng,lat\n116.397,39.909\n200,1\nabc,1\n", "convert", "--from", "GCJ02", "--to", "WGS84");
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("lng,lat,error");
    String[] p = lines[1].split(",", -1);
    assertThat(p[0]).hasSizeGreaterThan(12);
    assertThat(Double.parseDouble(p[0])).isCloseTo(116.3907, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(Double.parseDouble(p[1])).isCloseTo(39.9076, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(p[2]).isEmpty();
    assertThat(lines[2]).startsWith("200,1,\"geo.longitude:");
    assertThat(lines[3]).isEqualTo("abc,1,cli.number: lng is not a finite number");
    Result back = run(cli, "lng,lat\n" + p[0] + "," + p[1] + "\n", "convert", "--from=WGS84", "--to=GCJ02");
    String[] q = back.out().split("\r\n")[1].split(",");
    assertThat(Double.parseDouble(q[0])).isCloseTo(116.397, org.assertj.core.data.Offset.offset(1e-8));
    assertThat(run(cli, "lng,lat\n1,1\n", "convert", "--from", "GCJ02").status()).isEqualTo(2);
    assertThat(run(cli, "lng,lat\n1,1\n", "convert", "--from", "MARS", "--to", "WGS84").status()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"division", "resident-id", "workday", "convert"}) {
      Result r = run(cli, "", command, "--help");
      assertThat(r.status()).isZero();
      assertThat(r.out()).startsWith("Usage: java -jar governance-cli.jar " + command).contains("Out:");
      assertThat(run(cli, "", "--help").out()).contains(command);
    }
  }
}
