package io.github.shiyu.governance.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real server on a random port, shared by every test class (one Spring context: the same
 * configuration everywhere), with an in-memory H2 database seeded with 300 simulated cases,
 * and a real HTTP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:county-test;DB_CLOSE_DELAY=-1",
    "county.seed-cases=300"})
abstract class ServerTest {

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String HOTLINE = "hotline:hotline-pass";
  static final String CENTER = "center:center-pass";
  static final String DEPARTMENT = "zhzf:zhzf-pass";
  static final String CITIZEN = "citizen:citizen-pass";
  static final String OTHER_COUNTY = "weicheng:weicheng-pass";
  /** A point in grid 370705001001001 (东关街道, 中学街社区). */
  static final double LAT = 36.7105;
  static final double LNG = 119.1175;

  @LocalServerPort
  int port;

  /** A response, its body read as text. */
  record Response(int status, String contentType, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder auth(HttpRequest.Builder b, String user) {
    return user == null ? b : b.header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
  }

  Response get(String path, String user) {
    return send(auth(HttpRequest.newBuilder(uri(path)).GET(), user));
  }

  Response postJson(String path, String user, String body, String idempotencyKey) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return send(auth(b, user));
  }

  Response postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Posts an Open311 request at the test point and returns its id. */
  String postRequest(String serviceCode) {
    Response r = postForm("/open311/v2/requests.json", Map.of("api_key", "hotline-token", "service_code", serviceCode,
        "lat", Double.toString(LAT), "long", Double.toString(LNG), "description", "路灯不亮，电话 13812345678",
        "last_name", "张", "first_name", "三", "phone", "13812345678"));
    if (r.status() != 201) {
      throw new AssertionError("POST requests.json: " + r);
    }
    return r.json().get(0).get("service_request_id").asString();
  }

  Response command(String caseId, String command, String user, String body, String key) {
    return postJson("/api/cases/" + caseId + "/commands/" + command, user, body, key);
  }
}
