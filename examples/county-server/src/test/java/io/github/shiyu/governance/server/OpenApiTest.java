package io.github.shiyu.governance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/** The served OpenAPI description equals the checked-in {@code openapi.json}. */
class OpenApiTest extends ServerTest {

  private static final Path CHECKED_IN = Path.of("openapi.json");

  @Test
  void servedDescriptionEqualsTheCheckedInOne() throws IOException {
    Response served = get("/v3/api-docs", null);
    assertThat(served.status()).isEqualTo(200);
    JsonNode tree = served.json();
    String pretty = JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(tree) + "\n";
    Path fresh = Path.of("target", "openapi.json");
    Files.createDirectories(fresh.getParent());
    Files.writeString(fresh, pretty, StandardCharsets.UTF_8);
    assertThat(Files.exists(CHECKED_IN)).as("examples/county-server/openapi.json is missing: copy " + fresh).isTrue();
    assertThat(tree).as("the served description differs from examples/county-server/openapi.json; "
        + "if the change is meant, copy examples/county-server/target/openapi.json over it")
        .isEqualTo(JSON.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)));
    assertThat(tree.get("paths").has("/open311/v2/requests.json")).isTrue();
    assertThat(tree.get("paths").has("/api/cases/{id}/commands/{command}")).isTrue();
  }
}
