package io.github.shiyu.governance.cases;

/**
 * A state of a workflow, with its name and {@link StateKind}. States belong to the workflow
 * that declared them and are compared by identity; get them from
 * {@link Workflow#state(StateName)}. A case rebuilt from restored events (without its
 * workflow) is in a state of no workflow, which has the stored name and kind and the name as
 * its label; compare states by {@link #name()} when that matters.
 *
 * <pre>{@code
 * State dispatched = workflow.state(WorkOrderWorkflow.DISPATCHED).orElseThrow();
 * dispatched.kind();   // OPEN
 * }</pre>
 */
public final class State {

  private final StateName name;
  private final StateKind kind;
  private final String label;
  final int index;
  final Object owner;

  State(StateName name, StateKind kind, String label, int index, Object owner) {
    this.name = name;
    this.kind = kind;
    this.label = label;
    this.index = index;
    this.owner = owner;
  }

  /** A state of no workflow, for a restored event. */
  static State restored(StateName name, StateKind kind) {
    return new State(name, kind, name.value(), -1, null);
  }

  /**
   * The state's name, upper snake case, e.g. {@code DISPATCHED}.
   *
   * @return the name
   */
  public StateName name() {
    return name;
  }

  /**
   * Whether the state is open, settled or terminal.
   *
   * @return the kind
   */
  public StateKind kind() {
    return kind;
  }

  /**
   * The human label (Chinese term where the glossary has one), for documents and UIs.
   *
   * @return the label, the name if none was given
   */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return name.value();
  }
}
