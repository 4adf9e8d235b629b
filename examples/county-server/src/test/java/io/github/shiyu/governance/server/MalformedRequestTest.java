package io.github.shiyu.governance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed bodies and parameters get a 400 problem document, never a 500. */
class MalformedRequestTest extends ServerTest {

  private static final String KNOWN = "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\"}";

  @Test
  void malformedBodiesAre400Problems() {
    String id = postRequest("citymgmt.event");
    List<String> registrations = List.of("{bad", "[]", "\"text\"", "42", "{}", "{\"type\":\"NOTHING\"}",
        "{\"type\":\"WORK_ORDER\"}", "{\"type\":\"WORK_ORDER\",\"category\":\"nosuch.category\",\"division\":\"370705\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"99\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"grid\":\"x\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"longitude\":\"east\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"longitude\":500,\"latitude\":1}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"latitude\":36.7}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"tier\":\"HUGE\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"parties\":[{}]}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"parties\":[{\"name\":\"王五\",\"residentId\":\"123\"}]}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"parties\":[{\"name\":\"王五\",\"phone\":\"1\"}]}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"id\":\"has space\"}",
        "{\"type\":\"WORK_ORDER\",\"category\":\"citymgmt.event\",\"division\":\"370705\",\"parties\":\"none\"}");
    for (String body : registrations) {
      assertProblem(postJson("/api/cases", HOTLINE, body, null), body);
    }
    for (String body : List.of("{bad", "[1]", "{\"rating\":\"GREAT\"}", "{\"tier\":7}", "{\"tier\":\"HUGE\"}")) {
      assertProblem(command(id, "acknowledge", DEPARTMENT, body, null), body);
    }
    assertProblem(command(id, "fly", DEPARTMENT, "{}", null), "unknown command");
  }

  @Test
  void malformedParametersAre400Problems() {
    for (String path : List.of("/api/cases/overdue?limit=abc", "/api/cases/overdue?limit=0",
        "/api/reports/370705?from=2026x", "/api/reports/abc?from=2026", "/api/reports/370705?from=2026&format=pdf",
        "/api/reports/370705?from=2026-01&to=2026", "/api/reports/370705", "/dashboard?county=37",
        "/dashboard?county=370705001", "/dashboard?year=2026-01")) {
      assertProblem(get(path, HOTLINE), path);
    }
    Response unknown = get("/api/cases/NO-SUCH-CASE", HOTLINE);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @Test
  void noBodyMakesTheServerFail() {
    // A rule, over arbitrary text: a body is refused (4xx, a problem document) or accepted, never a 5xx.
    String id = postRequest("citymgmt.event");
    qt().withExamples(40).withShrinkCycles(20).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(body -> {
          Response register = postJson("/api/cases", HOTLINE, body, null);
          assertThat(register.status()).as(body + " -> " + register.body()).isBetween(400, 499);
          assertThat(register.contentType()).startsWith("application/problem+json");
          Response command = command(id, "supervise", HOTLINE, body, null);
          assertThat(command.status()).as(body + " -> " + command.body()).isLessThan(500);
        });
    assertThat(postJson("/api/cases", HOTLINE, KNOWN, null).status()).isEqualTo(201);
  }

  private static void assertProblem(Response r, String what) {
    assertThat(r.status()).as(what + " -> " + r.body()).isEqualTo(400);
    assertThat(r.contentType()).as(what).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    assertThat(r.json().get("detail").asString()).as(what).isNotBlank();
  }
}
