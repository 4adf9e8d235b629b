package io.github.shiyu.governance.cases.internal;

import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Transition;
import io.github.shiyu.governance.cases.Workflow;
import java.util.ArrayList;
import java.util.List;

/** Renders workflows as Mermaid and PlantUML state diagrams, deterministically. */
public final class Rendering {

  private Rendering() {}

  /** The Mermaid {@code stateDiagram-v2} source. */
  public static String mermaid(Workflow w) {
    StringBuilder out = new StringBuilder();
    out.append("---\ntitle: ").append(w.name()).append(" (").append(w.type()).append(")\n---\n");
    out.append("stateDiagram-v2\n");
    for (State s : w.states()) {
      out.append("    state \"").append(s.label()).append("<br/>").append(s.name())
          .append("\" as ").append(s.name()).append('\n');
    }
    for (Transition t : w.transitions()) {
      out.append("    ").append(t.from().map(State::toString).orElse("[*]")).append(" --> ")
          .append(t.to().name()).append(" : ").append(label(t)).append('\n');
    }
    List<String> settled = new ArrayList<>();
    for (State s : w.states()) {
      if (s.kind() == StateKind.TERMINAL) {
        out.append("    ").append(s.name()).append(" --> [*]\n");
      } else if (s.kind() == StateKind.SETTLED) {
        settled.add(s.name().value());
      }
    }
    out.append("    classDef settled fill:#d9f2d9,stroke:#2e7d32\n");
    out.append("    classDef terminal fill:#e0e0e0,stroke:#424242\n");
    if (!settled.isEmpty()) {
      out.append("    class ").append(String.join(",", settled)).append(" settled\n");
    }
    List<String> terminal = new ArrayList<>();
    for (State s : w.states()) {
      if (s.kind() == StateKind.TERMINAL) {
        terminal.add(s.name().value());
      }
    }
    if (!terminal.isEmpty()) {
      out.append("    class ").append(String.join(",", terminal)).append(" terminal\n");
    }
    return out.toString();
  }

  /** The PlantUML source. */
  public static String plantUml(Workflow w) {
    StringBuilder out = new StringBuilder();
    out.append("@startuml ").append(w.name()).append('\n');
    out.append("title ").append(w.name()).append(" (").append(w.type()).append(")\n");
    out.append("hide empty description\n");
    for (State s : w.states()) {
      out.append("state \"").append(s.label()).append("\\n").append(s.name()).append("\" as ")
          .append(s.name());
      if (s.kind() == StateKind.SETTLED) {
        out.append(" #D9F2D9");
      } else if (s.kind() == StateKind.TERMINAL) {
        out.append(" #E0E0E0");
      }
      out.append('\n');
    }
    for (Transition t : w.transitions()) {
      out.append(t.from().map(State::toString).orElse("[*]")).append(" --> ").append(t.to().name())
          .append(" : ").append(label(t)).append('\n');
    }
    for (State s : w.states()) {
      if (s.kind() == StateKind.TERMINAL) {
        out.append(s.name()).append(" --> [*]\n");
      }
    }
    out.append("@enduml\n");
    return out.toString();
  }

  private static String label(Transition t) {
    StringBuilder l = new StringBuilder(t.command().value());
    t.condition().ifPresent(c -> l.append(" [").append(c).append(']'));
    List<String> roles = new ArrayList<>();
    for (Role r : t.roles()) {
      roles.add(r.name());
    }
    l.append(" (").append(String.join(", ", roles)).append(')');
    return l.toString().replace(":", " ").replace(";", ",");
  }
}
