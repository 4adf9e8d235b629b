package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every runnable example, so none can rot, and checks what each one shows. */
class ExamplesTest {

  static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateAndMaskPersonalData() {
    String out = output(ValidateAndMaskPersonalData::run);
    assertThat(out).contains("110105********002X", "born 1949-12-31", "-> CHECK_CHARACTER",
        "rejected: resident_id.birth_date", "138****5678", "欧阳**", "110**************X",
        "form.applicantId: ", "form.phone: ");
    assertThat(out).doesNotContain("form.community");
    assertThat(out).doesNotContain("11010519491231002X", "13812345678", "欧阳娜娜", "110105194912310021", "1381234567");
  }

  @Test
  void walkDivisionCodes() {
    String out = output(WalkDivisionCodes::run);
    assertThat(out).contains("370705001001 is at level VILLAGE",
        "structural parent 370705001000 (TOWNSHIP)", "structural parent 370000000000 (PROVINCE)",
        "山东省 > 潍坊市 > 奎文区 > 东关街道 > 中学街社区居民委员会", "东关街道、大虞街道",
        "real parent of 441900003000: 441900000000", "division.length");
  }

  @Test
  void dispatchFromGridLayer() {
    String out = output(DispatchFromGridLayer::run);
    assertThat(out).contains("202 grids; layer check: clean", "the point lies in 370705",
        "dispute.labour -> 奎文区人力资源和社会保障局", "dispute.neighbour -> township 370705",
        "(fallback)", "report by 2025-06-03T02:45:00Z");
  }

  @Test
  void runPetition() {
    String out = output(RunPetition::run);
    assertThat(out).contains("must be routed by 2025-10-13 24:00", "must be handled by 2025-12-01 24:00",
        "extended to 2025-12-29 24:00", "GUARD_FAILED: at most 1 extensions allowed", "ROLE_NOT_ALLOWED",
        "review may be requested until 2026-01-19 24:00", "state REPLIED (SETTLED)", "2025-10-01 is a holiday");
  }

  @Test
  void customWorkflow() {
    String out = output(CustomWorkflow::run);
    assertThat(out).contains("commands [register, take, reply, close]", "unreachable state(s) [LOST]",
        "complaint still DeadlinePolicy[amount=15", "Shandong complaint: DeadlinePolicy[amount=5",
        "due 2025-09-28 24:00", "a reason is required", "FT-1 is CLOSED after 4 events", "REGISTERED --> HANDLING");
  }

  @Test
  void casesToJson() {
    String out = output(CasesToJson::run);
    assertThat(out).contains("\"parties\":[{\"kind\":\"PERSON\",\"name\":\"李**\"", "110105********002X", "138****5678",
        "stored and read back equal: true", "\"command\":\"acknowledge\"", "rejected: division.length");
    assertThat(out).doesNotContain("11010519491231002X", "13812345678", "李小梅");
  }

  @Test
  void monthlyReport() {
    String out = output(MonthlyReport::run);
    // Tianmen, December 2016, as published: 911/972 and 737/972.
    assertThat(out).contains("429006000000 2016-12: closure rate 93.72%, on-time closure rate 75.82%",
        "citymgmt: 75.82%", "citymgmt.event.street_order", "CSV header: division,period");
  }

  @Test
  void tongliaoProxies() {
    String out = output(TongliaoProxies::run);
    // Tongliao's proxies: 440 of 500 concluded, "接近90%"; here a month, 44 of 50
    assertThat(out).contains("Proxy proxy-3 serves 150502003000",
        "missed inspections found on 16 March: 8 (all [FILED], clock inspectionClock)",
        "2022-03 proxy matters: accepted 50, concluded 44, conclusion rate 88.00%",
        "follow-up rate 90.91%",
        "2022-03 disputes with a psychologist: 37 of 40 resolved, 93%");
  }

  @Test
  void kuiwenSupervision() {
    String out = output(KuiwenSupervision::run);
    assertThat(out).contains("register: 36 persons, 6 key minors", "overdue on 2026-03-31: ",
        "grid incident VO-KW-", "in state FOUND", "民情日记 March 2026: 304 entries",
        "基础信息采集=", "社情民意巡访=", "grid incident DF-MQ-",
        "household coverage (入户走访覆盖率), 2026-03",
        "grid 5          12/40         30.00%", "worker gw-5      12/40         30.00%",
        "county         126/200        63.00%",
        "access: gw-1 reads the category of KW-0001: population.noncustodial.bail",
        "access: people.access_denied for LEGAL_BASIS; access log 2 reads, 1 granted",
        "retention sweep on 2030-01-05: 36 records anonymised");
    assertThat(out).doesNotContain("决定书编号", "370705", "楼道堆放杂物");
    assertThat(out).doesNotContainPattern("居民.\\d");
  }
}
