package io.github.shiyu.governance.jsoncontract;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.List;
import java.util.Map;

/**
 * One Jackson module as the contract suites see it: mappers with the module registered, the
 * event codec, and the module's exceptions reduced to what both modules must agree on.
 */
public interface JsonBinding {

  /** A mapper with a module registered. */
  interface Mapper {
    /**
     * Writes a value.
     *
     * @param value the value
     * @return its JSON
     * @throws Exception the mapper's
     */
    String write(Object value) throws Exception;

    /**
     * Reads a value.
     *
     * @param <T>  the type
     * @param json the JSON
     * @param type the type
     * @return the value
     * @throws Exception the mapper's
     */
    <T> T read(String json, Class<T> type) throws Exception;

    /**
     * Reads a map keyed by division codes.
     *
     * @param json the JSON
     * @return the map
     * @throws Exception the mapper's
     */
    Map<DivisionCode, Integer> readCounts(String json) throws Exception;
  }

  /** The event codec. */
  interface Events {
    /**
     * Writes an event.
     *
     * @param event the event
     * @return the row
     */
    String write(CaseEvent event);

    /**
     * Reads an event, its key from the JSON.
     *
     * @param json the row
     * @return the event
     */
    CaseEvent read(String json);

    /**
     * Reads an event stored under a key.
     *
     * @param id       the case
     * @param sequence the sequence
     * @param json     the row
     * @return the event
     */
    CaseEvent read(CaseId id, long sequence, String json);

    /**
     * Reads a case's events.
     *
     * @param id   the case
     * @param rows the rows
     * @return the events
     */
    List<CaseEvent> read(CaseId id, List<String> rows);
  }

  /** The event codec's builder. */
  interface EventsBuilder {
    /**
     * Adds a workflow.
     *
     * @param w the workflow
     * @return this
     */
    EventsBuilder workflow(Workflow w);

    /**
     * Adds a command renaming.
     *
     * @param workflow the workflow
     * @param since    the version
     * @param oldName  the old name
     * @param newName  the new name
     * @return this
     */
    EventsBuilder renamedCommand(String workflow, int since, String oldName, String newName);

    /**
     * Adds a state renaming.
     *
     * @param workflow the workflow
     * @param since    the version
     * @param oldName  the old name
     * @param newName  the new name
     * @return this
     */
    EventsBuilder renamedState(String workflow, int since, String oldName, String newName);

    /**
     * Builds the codec with the display (masking) module: refused.
     *
     * @return the codec
     */
    Events buildWithDisplayModule();

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    Events build();
  }

  /**
   * A module's {@code InvalidJsonValueException}, as both must agree on it.
   *
   * @param code        the rule broken
   * @param pointer     the JSON Pointer
   * @param message     the rule's message ("code: English"), without Jackson's location
   * @param fullMessage the exception's whole message
   * @param english     {@code localizedMessage(Locale.ENGLISH)}
   * @param chinese     {@code localizedMessage(Locale.CHINA)}
   */
  record Failure(ErrorCode code, String pointer, String message, String fullMessage,
      String english, String chinese) {
  }

  /**
   * A module's {@code UnreadableEventException}, as both must agree on it.
   *
   * @param code     the code
   * @param caseId   the case named
   * @param sequence the sequence named
   * @param message  the message
   */
  record Unreadable(ErrorCode code, String caseId, long sequence, String message) {
  }

  /**
   * The mapper with {@code new GovernanceModule()} (masked).
   *
   * @return the mapper
   */
  Mapper display();

  /**
   * The mapper with {@code GovernanceModule.forTrustedStorage()}.
   *
   * @return the mapper
   */
  Mapper storage();

  /**
   * A mapper with a vendor's module.
   *
   * @param categories the taxonomy
   * @param masking    the policy
   * @return the mapper
   */
  Mapper vendor(CategoryTaxonomy categories, MaskingPolicy masking);

  /**
   * {@code CaseEventJson.of(workflows)}.
   *
   * @param workflows the workflows
   * @return the codec
   */
  Events events(List<Workflow> workflows);

  /**
   * {@code CaseEventJson.builder()}.
   *
   * @return the builder
   */
  EventsBuilder eventsBuilder();

  /**
   * The module's {@code InvalidJsonValueException}, if {@code t} is one.
   *
   * @param t what was thrown
   * @return it, reduced; null if it is something else
   */
  Failure failure(Throwable t);

  /**
   * The module's {@code UnreadableEventException}, if {@code t} is one.
   *
   * @param t what was thrown
   * @return it, reduced; null if it is something else
   */
  Unreadable unreadable(Throwable t);

  /**
   * Whether {@code t} is one of Jackson's own exceptions (syntax, binding).
   *
   * @param t what was thrown
   * @return true for the library's exception type
   */
  boolean isJacksonError(Throwable t);

}
