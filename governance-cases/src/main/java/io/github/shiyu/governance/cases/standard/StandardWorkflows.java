package io.github.shiyu.governance.cases.standard;

import io.github.shiyu.governance.cases.Workflow;
import java.util.List;

/**
 * The six standard workflows together, for a {@code CaseService} that handles every case
 * type. Each call builds fresh definitions; hold on to the list.
 *
 * <pre>{@code
 * CaseService service = new CaseService(new InMemoryCaseStore(), Clock.systemUTC(),
 *     StandardWorkflows.all());
 * }</pre>
 */
public final class StandardWorkflows {

  private StandardWorkflows() {}

  /**
   * The six standard workflows with their default time limits.
   *
   * @return dispute mediation, petition, work order, pre-litigation mediation, grid incident,
   *     petition proxy
   */
  public static List<Workflow> all() {
    return List.of(DisputeMediationWorkflow.definition(), PetitionWorkflow.definition(),
        WorkOrderWorkflow.definition(), PreLitigationMediationWorkflow.definition(),
        GridIncidentWorkflow.definition(), PetitionProxyWorkflow.definition());
  }
}
