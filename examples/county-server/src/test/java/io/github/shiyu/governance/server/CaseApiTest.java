package io.github.shiyu.governance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The case API over HTTP: idempotent retries, refusals by role and division, masking, the overdue list. */
class CaseApiTest extends ServerTest {

  private static final String DISPUTE = """
      {"type":"DISPUTE","category":"dispute.labour","division":"370705001001",
       "reason":"拖欠工资","parties":[{"name":"李四","residentId":"11010519491231002X","phone":"13912345678"}]}""";

  @Test
  void retriedCommandsReturnTheFirstResult() {
    String id = postRequest("citymgmt.event");
    Response first = command(id, "acknowledge", DEPARTMENT, "{}", "ack-" + id);
    Response retry = command(id, "acknowledge", DEPARTMENT, "{}", "ack-" + id);
    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json()).isEqualTo(first.json());
    // Without the key the same command is decided again, and the workflow refuses it.
    Response again = command(id, "acknowledge", DEPARTMENT, "{}", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("reasonCode").asString()).isEqualTo("NOT_PERMITTED");

    JsonNode history = get("/api/cases/" + id, HOTLINE).json().get("history");
    assertThat(history.size()).isEqualTo(3);
    assertThat(history.get(2).get("command").asString()).isEqualTo("acknowledge");
  }

  @Test
  void retriedRegistrationsLandOnOneCase() {
    Response first = postJson("/api/cases", CENTER, DISPUTE, "reg-1");
    Response retry = postJson("/api/cases", CENTER, DISPUTE, "reg-1");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(retry.json().get("version").asLong()).isEqualTo(1);
    assertThat(retry.json().get("history").size()).isEqualTo(1);
  }

  @Test
  void personalDataIsMaskedForDepartments() {
    JsonNode kase = postJson("/api/cases", CENTER, DISPUTE, null).json();
    JsonNode party = kase.get("parties").get(0);
    assertThat(party.get("name").asString()).isEqualTo("李四");
    assertThat(party.get("residentId").asString()).isEqualTo("11010519491231002X");
    String id = kase.get("id").asString();
    Response asDepartment = get("/api/cases/" + id, DEPARTMENT);
    assertThat(asDepartment.status()).isEqualTo(200);
    assertThat(asDepartment.body()).doesNotContain("李四", "11010519491231002X", "13912345678");
    assertThat(asDepartment.json().get("parties").get(0).get("name").asString()).isEqualTo("李*");
  }

  @Test
  void wrongRoleOrDivisionIsRefused() {
    String id = postRequest("citymgmt.event");
    // A citizen may not dispatch: the workflow's rejection, with its reason code.
    Response citizen = command(id, "transfer", CITIZEN, "{\"handler\":\"kw-zjj\",\"reason\":\"wrong\"}", null);
    assertThat(citizen.status()).as(citizen.body()).isEqualTo(403);
    assertThat(citizen.contentType()).startsWith("application/problem+json");
    assertThat(citizen.json().get("type").asString()).isEqualTo(Problems.REJECTION);
    assertThat(citizen.json().get("reasonCode").asString()).isEqualTo("ROLE_NOT_ALLOWED");
    // Another county's operations center may neither read nor act on Kuiwen's case.
    Response other = command(id, "acknowledge", OTHER_COUNTY, "{}", null);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().get("type").asString()).isEqualTo(Problems.FORBIDDEN);
    assertThat(get("/api/cases/" + id, OTHER_COUNTY).status()).isEqualTo(403);
    assertThat(postJson("/api/cases", OTHER_COUNTY, DISPUTE, null).status()).isEqualTo(403);
    // A department may not act on a case dispatched to another department.
    String transferred = postRequest("citymgmt.event");
    assertThat(command(transferred, "transfer", HOTLINE, "{\"handler\":\"kw-zjj\",\"reason\":\"housing\"}", null)
        .status()).isEqualTo(200);
    assertThat(command(transferred, "acknowledge", DEPARTMENT, "{}", null).status()).isEqualTo(403);
    // Anonymous and wrong credentials.
    assertThat(get("/api/cases/" + id, null).status()).isEqualTo(401);
    assertThat(get("/api/cases/" + id, "hotline:wrong").status()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(uri("/api/cases/" + id)).header("Authorization", "Bearer hotline-token"))
        .status()).isEqualTo(200);
  }

  @Test
  void overdueCasesAreTheDivisionsOpenCasesPastTheirDeadline() {
    JsonNode overdue = get("/api/cases/overdue?limit=50", HOTLINE).json();
    assertThat(overdue.size()).isPositive();
    Instant now = Instant.now();
    for (JsonNode c : overdue) {
      assertThat(c.get("division").asString()).startsWith("370705");
      assertThat(Instant.parse(c.get("due").asString())).isBefore(now);
    }
    assertThat(get("/api/cases/overdue", OTHER_COUNTY).json().size()).isZero();
    JsonNode one = get("/api/cases/" + overdue.get(0).get("id").asString(), HOTLINE).json();
    assertThat(one.get("overdue").asBoolean()).isTrue();
    assertThat(one.get("stateKind").asString()).isNotEqualTo("TERMINAL");
  }
}
