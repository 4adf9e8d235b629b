package io.github.shiyu.governance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Open311 GeoReport v2 over HTTP: services, the request round trip through the case API, filters, errors. */
class Open311Test extends ServerTest {

  @Test
  void servicesAreTheWorkOrderCategories() {
    Response r = get("/open311/v2/services.json", null);
    assertThat(r.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    r.json().forEach(s -> codes.add(s.get("service_code").asString()));
    assertThat(codes).contains("hotline.complaint", "hotline.consultation", "citymgmt.event");
    assertThat(r.json().get(0).get("metadata").asBoolean()).isFalse();
    assertThat(r.json().get(0).get("type").asString()).isEqualTo("realtime");

    Response definition = get("/open311/v2/services/citymgmt.event.json", null);
    assertThat(definition.status()).isEqualTo(200);
    assertThat(definition.json().get("service_code").asString()).isEqualTo("citymgmt.event");
    assertThat(definition.json().get("attributes").isArray()).isTrue();
  }

  @Test
  void roundTripFromPostToClosedThroughTheCaseApi() {
    String id = postRequest("citymgmt.event");

    JsonNode posted = get("/open311/v2/requests/" + id + ".json", null).json().get(0);
    assertThat(posted.get("service_request_id").asString()).isEqualTo(id);
    assertThat(posted.get("status").asString()).isEqualTo("open");
    assertThat(posted.get("service_code").asString()).isEqualTo("citymgmt.event");
    // Located in its grid and dispatched to the department the routing table names.
    assertThat(posted.get("extended_attributes").get("grid").asString()).isEqualTo("370705001001001");
    assertThat(posted.get("extended_attributes").get("local_state").asString()).isEqualTo("DISPATCHED");
    assertThat(posted.get("agency_responsible").asString()).isEqualTo("kw-zhzf");
    assertThat(posted.get("lat").asDouble()).isEqualTo(LAT);
    assertThat(posted.get("long").asDouble()).isEqualTo(LNG);
    // An anonymous reader sees the description with the phone number masked.
    assertThat(posted.get("description").asString()).doesNotContain("13812345678").contains("5678");

    assertThat(command(id, "acknowledge", DEPARTMENT, "{}", null).status()).isEqualTo(200);
    assertThat(command(id, "reply", DEPARTMENT, "{\"reason\":\"修好了\"}", null).status()).isEqualTo(200);
    assertThat(get("/open311/v2/requests/" + id + ".json", null).json().get(0).get("status").asString())
        .isEqualTo("open");
    assertThat(command(id, "verify", HOTLINE, "{}", null).status()).isEqualTo(200);
    // Settled but not archived: still open for Open311.
    assertThat(get("/open311/v2/requests/" + id + ".json", null).json().get(0).get("status").asString())
        .isEqualTo("open");
    assertThat(command(id, "rate", HOTLINE, "{\"rating\":\"SATISFIED\"}", null).status()).isEqualTo(200);
    assertThat(command(id, "close", HOTLINE, "{}", null).status()).isEqualTo(200);

    JsonNode closed = get("/open311/v2/requests/" + id + ".json", null).json().get(0);
    assertThat(closed.get("status").asString()).isEqualTo("closed");
    assertThat(closed.get("extended_attributes").get("local_state").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("extended_attributes").get("local_state_label").asString()).isEqualTo("已归档");

    List<String> closedIds = ids(get("/open311/v2/requests.json?status=closed", null).json());
    assertThat(closedIds).contains(id);
    assertThat(ids(get("/open311/v2/requests.json?status=open", null).json())).doesNotContain(id);
    assertThat(ids(get("/open311/v2/requests.json?service_request_id=" + id, null).json())).containsExactly(id);
  }

  @Test
  void listFiltersByCodeAndDates() {
    String id = postRequest("hotline.complaint");
    String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(1).toString();
    String before = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString();
    JsonNode byCode = get("/open311/v2/requests.json?service_code=hotline.complaint&start_date=" + enc(before)
        + "&end_date=" + enc(now), null).json();
    assertThat(ids(byCode)).contains(id);
    byCode.forEach(r -> assertThat(r.get("service_code").asString()).isEqualTo("hotline.complaint"));
    assertThat(ids(get("/open311/v2/requests.json?service_code=citymgmt.event&start_date=" + enc(before), null)
        .json())).doesNotContain(id);
    // Seeded cases of early 2026 are outside a window ending in January.
    JsonNode january = get("/open311/v2/requests.json?start_date=" + enc("2026-01-01T00:00:00+08:00")
        + "&end_date=" + enc("2026-01-31T23:59:59+08:00"), null).json();
    assertThat(january.size()).isPositive();
    january.forEach(r -> assertThat(r.get("requested_datetime").asString()).startsWith("2026-01"));
  }

  @Test
  void aRequestWithOnlyAnAddressIsRegisteredForTheKeysDivisionAndLeftUndispatched() {
    Response posted = postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "hotline.complaint", "address_string", "东风东街 1 号", "description", "路灯不亮"));
    assertThat(posted.status()).isEqualTo(201);
    String id = posted.json().get(0).get("service_request_id").asString();
    assertThat(posted.json().get(0).get("service_notice").asString()).contains("does not geocode");

    JsonNode read = get("/open311/v2/requests/" + id + ".json", null).json().get(0);
    assertThat(read.get("status").asString()).isEqualTo("open");
    assertThat(read.get("extended_attributes").get("division").asString()).isEqualTo("370705000000");
    assertThat(absent(read.path("extended_attributes").path("grid"))).isTrue();
    assertThat(read.get("extended_attributes").get("local_state").asString()).isNotEqualTo("DISPATCHED");
    assertThat(absent(read.path("agency_responsible"))).isTrue();
    assertThat(absent(read.path("lat"))).isTrue();
    assertThat(read.get("description").asString()).contains("路灯不亮").contains("东风东街");
  }

  /** Null or left out: the server's mapper may leave nulls out. */
  private static boolean absent(JsonNode n) {
    return n.isNull() || n.isMissingNode();
  }

  @Test
  void errorsComeAsTheSpecsErrorArray() {
    assertError(get("/open311/v2/requests.json?status=pending", null), 400);
    assertError(get("/open311/v2/requests.json?start_date=yesterday", null), 400);
    assertError(get("/open311/v2/requests/WO-NOSUCH.json", null), 404);
    assertError(get("/open311/v2/services/nosuch.json", null), 404);
    assertError(postForm("/open311/v2/requests.json", Map.of("service_code", "citymgmt.event", "lat", "36.7",
        "long", "119.1")), 403);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "wrong", "service_code", "citymgmt.event")),
        401);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token", "lat", "36.7",
        "long", "119.1")), 400);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "citymgmt.event")), 400);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "citymgmt.event", "lat", "36.7", "address_string", "东风东街 1 号")), 400);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "citymgmt.event", "lat", "north", "long", "119.1")), 400);
    // Beijing is in no grid of the county.
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "citymgmt.event", "lat", "39.9", "long", "116.4")), 400);
    // Weicheng's api key may not file a request located in Kuiwen.
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "weicheng-token",
        "service_code", "citymgmt.event", "lat", Double.toString(LAT), "long", Double.toString(LNG))), 403);
    assertError(postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token",
        "service_code", "citymgmt.event", "lat", Double.toString(LAT), "long", Double.toString(LNG),
        "last_name", "张", "phone", "12")), 400);
  }

  @Test
  void xmlTwinsServeTheSameDocuments() {
    Response services = get("/open311/v2/services.xml", null);
    assertThat(services.status()).isEqualTo(200);
    assertThat(services.contentType()).startsWith("application/xml");
    assertThat(services.body()).startsWith("<?xml").contains("<services><service><service_code>");
    Response posted = postForm("/open311/v2/requests.xml", Map.of("api_key", "hotline-token",
        "service_code", "hotline.suggestion", "lat", Double.toString(LAT), "long", Double.toString(LNG),
        "description", "多设<座椅> & 垃圾桶"));
    assertThat(posted.status()).isEqualTo(201);
    String id = posted.body().replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
    Response read = get("/open311/v2/requests/" + id + ".xml", null);
    assertThat(read.body()).contains("<service_requests><request><service_request_id>" + id + "</service_request_id>",
        "<status>open</status>", "<local_state>DISPATCHED</local_state>", "多设&lt;座椅&gt; &amp; 垃圾桶");
    assertThat(get("/open311/v2/requests.xml?service_request_id=" + id, null).body()).contains(id);
    Response missing = get("/open311/v2/requests/WO-NOSUCH.xml", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("<errors><error><code>404</code><description>");
  }

  private static void assertError(Response r, int code) {
    assertThat(r.status()).as(r.body()).isEqualTo(code);
    JsonNode errors = r.json();
    assertThat(errors.isArray()).as(r.body()).isTrue();
    assertThat(errors.get(0).get("code").asInt()).isEqualTo(code);
    assertThat(errors.get(0).get("description").asString()).isNotBlank();
  }

  private static List<String> ids(JsonNode requests) {
    List<String> out = new ArrayList<>();
    requests.forEach(r -> out.add(r.get("service_request_id").asString()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
