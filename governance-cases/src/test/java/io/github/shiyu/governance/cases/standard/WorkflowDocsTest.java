package io.github.shiyu.governance.cases.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/workflows/ holds the rendered standard workflows; this test fails when they are out of
 * date. To regenerate: {@code SHIYU_UPDATE_DOCS=1 ./mvnw -pl governance-cases -am verify}.
 */
class WorkflowDocsTest {

  private static final Path DOCS = Path.of("..", "docs", "workflows");

  @Test
  void renderedWorkflowsInDocsAreUpToDate() throws IOException {
    boolean update = "1".equals(System.getenv("SHIYU_UPDATE_DOCS"));
    List<String> stale = new ArrayList<>();
    Set<String> generated = new TreeSet<>();
    for (Workflow w : StandardWorkflows.all()) {
      stale.addAll(compare(DOCS.resolve(w.name() + ".md"), markdown(w), update));
      stale.addAll(compare(DOCS.resolve(w.name() + ".puml"), w.toPlantUml(), update));
      generated.add(w.name() + ".md");
      generated.add(w.name() + ".puml");
    }
    assertThat(stale).as("out of date in docs/workflows; regenerate with SHIYU_UPDATE_DOCS=1")
        .isEmpty();
    // a renamed or removed workflow must not leave its old rendering behind
    try (Stream<Path> files = Files.list(DOCS)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("files in docs/workflows that no standard workflow renders; delete them")
          .containsExactlyInAnyOrderElementsOf(generated);
    }
  }

  @Test
  void diagramsNameEveryStateAndTransition() {
    for (Workflow w : StandardWorkflows.all()) {
      String mermaid = w.toMermaid();
      String plantUml = w.toPlantUml();
      assertThat(mermaid).startsWith("---\ntitle: " + w.name()).contains("stateDiagram-v2");
      assertThat(plantUml).startsWith("@startuml " + w.name()).endsWith("@enduml\n");
      for (State s : w.states()) {
        assertThat(mermaid).contains(" as " + s.name() + "\n");
        assertThat(plantUml).contains(" as " + s.name());
      }
      w.transitions().forEach(t -> {
        String edge = t.from().map(State::toString).orElse("[*]") + " --> " + t.to().name() + " : "
            + t.command();
        assertThat(mermaid).contains(edge);
        assertThat(plantUml).contains(edge);
      });
    }
  }

  static String markdown(Workflow w) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(w.name()).append(" (").append(w.type()).append(")\n\n");
    out.append("Generated from `").append(w.name())
        .append("` by `WorkflowDocsTest`; do not edit by hand. PlantUML: [")
        .append(w.name()).append(".puml](").append(w.name()).append(".puml).\n\n");
    out.append("```mermaid\n").append(w.toMermaid()).append("```\n\n");
    out.append("## States\n\n| state | label | kind |\n|---|---|---|\n");
    for (State s : w.states()) {
      out.append("| ").append(s.name()).append(" | ").append(s.label()).append(" | ")
          .append(s.kind()).append(" |\n");
    }
    out.append("\n## Clocks\n\n").append(String.join(", ", w.clocks()))
        .append(" (the first is the primary clock)\n\n## Default time limits\n\n`")
        .append(w.timeLimits()).append("`\n");
    return out.toString();
  }

  private static List<String> compare(Path file, String expected, boolean update)
      throws IOException {
    if (update) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return List.of();
    }
    if (!Files.exists(file)
        || !Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
      return List.of(file.getFileName().toString());
    }
    return List.of();
  }
}
