package io.github.shiyu.governance.cases.internal;

import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.StateName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every event of one transition has in common (workflow, version, command, states, tags,
 * clock names), made once per transition so that an event costs one reference for all of it;
 * a restored event gets its own. Compared by value: the state object is left out of equality,
 * since a restored event's state belongs to no workflow.
 */
public final class Step {

  private final String workflow;
  private final int version;
  private final CommandName command;
  private final StateName from;
  private final State to;
  private final Set<EventTag> tags;
  private final List<String> clocks;

  /**
   * The shared part of a transition's events.
   *
   * @param workflow the workflow's name
   * @param version  its version
   * @param command  the command
   * @param from     the state left, {@code null} for the registration
   * @param to       the state entered
   * @param tags     the tags (unmodifiable)
   * @param clocks   the workflow's clock names, in order
   */
  public Step(String workflow, int version, CommandName command, StateName from, State to,
      Set<EventTag> tags, List<String> clocks) {
    this.workflow = workflow;
    this.version = version;
    this.command = command;
    this.from = from;
    this.to = to;
    this.tags = tags;
    this.clocks = clocks;
  }

  public String workflow() {
    return workflow;
  }

  public int version() {
    return version;
  }

  public CommandName command() {
    return command;
  }

  public Optional<StateName> from() {
    return Optional.ofNullable(from);
  }

  /** The state left, {@code null} for the registration (for the engine's comparisons). */
  public StateName rawFrom() {
    return from;
  }

  public State to() {
    return to;
  }

  public StateName toName() {
    return to.name();
  }

  public StateKind toKind() {
    return to.kind();
  }

  public Set<EventTag> tags() {
    return tags;
  }

  public List<String> clocks() {
    return clocks;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Step s && version == s.version
        && workflow.equals(s.workflow) && command.equals(s.command)
        && Objects.equals(from, s.from) && to.name().equals(s.to.name())
        && to.kind() == s.to.kind() && tags.equals(s.tags) && clocks.equals(s.clocks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workflow, version, command, from, to.name(), tags);
  }
}
