package io.github.shiyu.governance.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata the processor generates, which IDEs complete {@code shiyu.*}
 * from: every property is there, described, with its default.
 */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedWithItsDefault() throws Exception {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the generated metadata").isNotNull();
      root = JsonMapper.builder().build().readTree(in);
    }
    Map<String, JsonNode> properties = new HashMap<>();
    root.get("properties").forEach(p -> properties.put(p.get("name").asString(), p));
    assertThat(properties).containsOnlyKeys("shiyu.calendar.file", "shiyu.divisions.file",
        "shiyu.divisions.version", "shiyu.workflows.limits", "shiyu.workflows.category-limits",
        "shiyu.grid.layer-file",
        "shiyu.grid.crs", "shiyu.routing.file", "shiyu.routing.departments-file",
        "shiyu.masking.resident-id-first", "shiyu.masking.resident-id-last",
        "shiyu.masking.phone-first", "shiyu.masking.phone-last", "shiyu.masking.mask-character",
        "shiyu.store.migrate", "shiyu.schedule.enabled", "shiyu.schedule.interval",
        "shiyu.schedule.threshold", "shiyu.schedule.escalate");
    properties.values().forEach(p -> assertThat(p.path("description").asString(""))
        .as(p.get("name").asString()).isNotBlank());
    Map<String, String> defaults = Map.of("shiyu.masking.resident-id-first", "6",
        "shiyu.masking.phone-last", "4", "shiyu.schedule.enabled", "true",
        "shiyu.schedule.interval", "5m", "shiyu.schedule.threshold", "0.8",
        "shiyu.store.migrate", "true", "shiyu.divisions.version", "local");
    defaults.forEach((name, value) -> assertThat(properties.get(name).get("defaultValue")
        .asString()).as(name).isEqualTo(value));
    assertThat(properties.get("shiyu.grid.crs").get("type").asString())
        .isEqualTo("io.github.shiyu.governance.core.geo.CoordinateSystem");
    assertThat(List.of(root.get("groups"))).isNotEmpty();
  }
}
