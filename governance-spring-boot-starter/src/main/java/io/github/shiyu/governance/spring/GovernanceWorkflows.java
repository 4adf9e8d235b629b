package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Workflow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The workflows an application runs (by default the five standard ones, with the time limits
 * of {@code shiyu.workflows.limits.*} and the configured work calendar), one bean so that an
 * application replaces them all by defining its own.
 *
 * @param all the workflows, distinct names
 */
public record GovernanceWorkflows(List<Workflow> all) {

  /**
   * Copies the list.
   *
   * @param all the workflows
   */
  public GovernanceWorkflows {
    all = List.copyOf(Objects.requireNonNull(all, "all"));
  }

  /**
   * A workflow by name.
   *
   * @param name e.g. {@code work-order}
   * @return the workflow, if run
   */
  public Optional<Workflow> named(String name) {
    return all.stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /**
   * The workflow of a case type.
   *
   * @param type the type
   * @return the workflow, if run
   */
  public Optional<Workflow> of(CaseType type) {
    return all.stream().filter(w -> w.type() == type).findFirst();
  }
}
