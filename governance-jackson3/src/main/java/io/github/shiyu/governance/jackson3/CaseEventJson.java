package io.github.shiyu.governance.jackson3;

import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.internal.json.EventForm;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.jackson3.internal.Writers;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stable, versioned JSON form of a {@link CaseEvent} on Jackson 3, the same bytes as
 * governance-jackson's {@code CaseEventJson} (one form, kept in cases, runs in both): written with
 * full personal data (through a {@linkplain GovernanceModule#forTrustedStorage() trusted
 * storage} module) and read back, through {@link CaseEvent#restore}, against the workflows the
 * reader knows.
 *
 * <p>Schema version 1, one JSON object per event (fields in this order; absent optional
 * values are left out):
 * <pre>{@code
 * {"schema":1,"case":"WO-1","sequence":2,"at":"2024-09-29T02:00:00Z",
 *  "workflow":"work-order","workflowVersion":1,
 *  "command":{"name":"dispatch","actor":{"id":"op-1","role":"OPERATIONS_CENTER"},
 *             "idempotencyKey":"k-2","handler":"dept-housing","reason":"...","rating":"SATISFIED",
 *             "tier":"SIMPLE","replyOutcome":"EXPLAIN","riskLevel":"ORANGE",
 *             "procedure":"SIMPLIFIED",
 *             "extension":{"length":{"amount":20,"unit":"CALENDAR_DAYS"},
 *                          "consent":["APPLICANT","RESPONDENT"]},
 *             "expert":{"code":"psychology","chineseName":"心理咨询","englishName":"psychology"},
 *             "registration":{"type":"WORK_ORDER","category":"hotline.complaint",
 *                "division":"420602003012","grid":"...","location":{GeoPoint},
 *                "parties":[{Party}],"tier":"SIMPLE","escalationLevel":"VILLAGE",
 *                "repeatOf":"WO-0","personVisits":1}},
 *  "from":"REGISTERED","to":"DISPATCHED","toKind":"OPEN","tags":["DISPATCH"],
 *  "handling":{"handler":"dept-housing","escalationLevel":"VILLAGE","tier":"SIMPLE",
 *              "rating":"SATISFIED","extensions":0,"returns":0,"reopenings":0,
 *              "supervisions":0,"escalations":0,
 *              "experts":[{"code":"psychology","chineseName":"心理咨询",
 *                          "englishName":"psychology"}]},
 *  "clocks":["handling","returnWindow"],
 *  "deadlines":{"handling":{Deadline}},
 *  "deadlineChanges":[{"clock":"handling","before":{Deadline},"after":{Deadline}}]}
 * }</pre>
 * {@code expert} and {@code experts} (an expert joining a case, {@code EXPERT_JOINED}) came
 * later within schema 1: written only when present, so events without experts are written
 * exactly as before, and rows without them read as before.
 * Values of core types ({@code Deadline} with its clock stops, {@code Party},
 * {@code GeoPoint}, codes) take {@link GovernanceModule}'s forms.
 *
 * <p><b>Schema evolution.</b> An event keeps the workflow version that wrote it. A workflow
 * that gains states or commands reads its earlier events unchanged. A renamed command or
 * state is declared on the builder ({@link Builder#renamedCommand}, {@link
 * Builder#renamedState}) and checked against the workflow when the reader is built, not when
 * an old event turns up: events written before the renaming version are read under the new
 * name. An event written by a later workflow version than the reader's, of an unknown
 * workflow, or in an unknown schema version, is refused with an {@link
 * UnreadableEventException} naming the case and the sequence; nothing is skipped.
 *
 * <pre>{@code
 * CaseEventJson json = CaseEventJson.of(StandardWorkflows.all());
 * String row = json.write(event);
 * CaseEvent back = json.read(event.caseId(), event.sequence(), row);   // equals event
 *
 * CaseEventJson evolved = CaseEventJson.builder()
 *     .workflow(workOrderV2)                                   // version 2
 *     .renamedCommand("work-order", 2, "dispatch", "assign")   // v1 events said "dispatch"
 *     .build();
 * }</pre>
 */
public final class CaseEventJson {

  /** The schema version this class writes (and the only one it reads). */
  public static final int SCHEMA_VERSION = EventForm.SCHEMA_VERSION;

  private final JsonMapper mapper;
  private final EventForm form;
  private final EventForm.Parser parser;
  private final EventForm.Values values;

  private CaseEventJson(JsonMapper mapper, EventForm form) {
    this.mapper = mapper;
    this.form = form;
    this.parser = new EventForm.Parser() {
      @Override
      public Object parse(String json) throws Exception {
        return mapper.readValue(json, Object.class);
      }

      @Override
      public String problem(Exception e) {
        return e instanceof JacksonException j ? j.getOriginalMessage() : e.toString();
      }
    };
    this.values = new EventForm.Values() {
      @Override
      public <T> T read(Object tree, Class<T> type) throws Exception {
        return mapper.treeToValue(mapper.valueToTree(tree), type);
      }
    };
  }

  /**
   * A reader and writer for events of these workflows, with full personal data.
   *
   * @param known the workflows (distinct names)
   * @return the codec
   * @throws InvalidValueException {@code workflow.definition} if two workflows share a name
   */
  public static CaseEventJson of(Collection<Workflow> known) {
    Builder b = builder();
    known.forEach(b::workflow);
    return b.build();
  }

  /**
   * A builder with no workflows and {@link GovernanceModule#forTrustedStorage()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The workflows this codec reads events of.
   *
   * @return name to workflow
   */
  public Map<String, Workflow> workflows() {
    return form.workflows();
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON, one line
   */
  public String write(CaseEvent event) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = mapper.createGenerator(out)) {
      form.write(event, new Writers.Sink(gen));
    } catch (IOException e) {
      throw new InvalidValueException(UnreadableEventException.UNREADABLE, event.caseId(),
          event.sequence(), "not writable as JSON");
    }
    return out.toString();
  }

  /**
   * Reads an event, taking its case and sequence from the JSON.
   *
   * @param json the JSON as written
   * @return the event
   * @throws UnreadableEventException if it cannot be read (see the class description)
   */
  public CaseEvent read(String json) {
    return form.read(json, null, 0, parser, values);
  }

  /**
   * Reads an event stored under a case and sequence (a store's key columns), which the JSON
   * must repeat; errors name them even when the JSON is unreadable.
   *
   * @param id       the case the row is stored under
   * @param sequence the sequence the row is stored under
   * @param json     the JSON as written
   * @return the event
   * @throws UnreadableEventException if it cannot be read or names another case or sequence
   */
  public CaseEvent read(CaseId id, long sequence, String json) {
    return form.read(json, id, sequence, parser, values);
  }

  /**
   * Reads a case's events.
   *
   * @param id   the case
   * @param rows the JSON rows, in sequence order from 1
   * @return the events
   * @throws UnreadableEventException naming the first row that cannot be read
   */
  public List<CaseEvent> read(CaseId id, List<String> rows) {
    return EventForm.readAll(id, rows, this::read);
  }

  /** Builds a {@link CaseEventJson}; the renamings are checked by {@link #build()}. */
  public static final class Builder {
    private GovernanceModule module = GovernanceModule.forTrustedStorage();
    private final EventForm.Definition definition = new EventForm.Definition();

    private Builder() {}

    /**
     * The Jackson module for core values (a vendor's category taxonomy, say); it must reveal
     * personal data, since events are stored to be read again.
     *
     * @param trusted a module built with {@link GovernanceModule.Builder#revealPersonalData()}
     * @return this builder
     */
    public Builder module(GovernanceModule trusted) {
      this.module = Objects.requireNonNull(trusted, "trusted");
      return this;
    }

    /**
     * A workflow whose events are read (its current version).
     *
     * @param workflow the workflow
     * @return this builder
     */
    public Builder workflow(Workflow workflow) {
      definition.workflow(workflow);
      return this;
    }

    /**
     * Declares that a command was renamed in a version of a workflow: events written by
     * earlier versions are read with the new name.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name (from 2)
     * @param oldName  the name events of earlier versions carry
     * @param newName  the name in the workflow now
     * @return this builder
     */
    public Builder renamedCommand(String workflow, int since, String oldName, String newName) {
      definition.renamedCommand(workflow, since, oldName, newName);
      return this;
    }

    /**
     * Declares that a state was renamed in a version of a workflow.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name (from 2)
     * @param oldName  the name events of earlier versions carry
     * @param newName  the name in the workflow now
     * @return this builder
     */
    public Builder renamedState(String workflow, int since, String oldName, String newName) {
      definition.renamedState(workflow, since, oldName, newName);
      return this;
    }

    /**
     * Checks the renamings against the workflows and makes the codec.
     *
     * @return the codec
     * @throws InvalidValueException {@code workflow.definition} naming a renaming of an unknown
     *     workflow, a version outside 2 to the workflow's, a new name the workflow lacks, or an
     *     old name the workflow still uses; or a module that masks personal data
     */
    public CaseEventJson build() {
      if (!module.revealsPersonalData()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, "event JSON",
            "the module masks personal data: stored events could not be read back");
      }
      // Where Jackson 3's defaults differ from Jackson 2's (trailing tokens refused, nesting
      // and string limits), the Jackson 2 reader's are the stored form's: a row reads, or
      // fails, the same in both.
      JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
          .builder().maxNestingDepth(1000).maxStringLength(20_000_000).build()).build();
      return new CaseEventJson(JsonMapper.builder(factory).addModule(module)
              .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build(),
          definition.build(UnreadableEventException::new));
    }
  }
}
