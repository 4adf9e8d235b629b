package io.github.shiyu.governance.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.jsoncontract.JsonBinding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** governance-jackson3 as the contract suites see it. */
// Test code only: the contract sits in the unnamed module.
@SuppressWarnings("exports")
final class Jackson3Binding implements JsonBinding {

  private static Mapper of(GovernanceModule module) {
    // Jackson 2's defaults where Jackson 3 changed them (the order of a record's properties,
    // unknown properties, trailing tokens, nesting and string limits): they are the
    // application mapper's settings, not the module's.
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
        .builder().maxNestingDepth(1000).maxStringLength(20_000_000).build()).build();
    JsonMapper m = JsonMapper.builder(factory).addModule(module)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    return new Mapper() {
      @Override
      public String write(Object value) throws Exception {
        return m.writeValueAsString(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) throws Exception {
        return m.readValue(json, type);
      }

      @Override
      public Map<DivisionCode, Integer> readCounts(String json) throws Exception {
        return m.readValue(json, new TypeReference<Map<DivisionCode, Integer>>() { });
      }
    };
  }

  private static Events of(CaseEventJson json) {
    return new Events() {
      @Override
      public String write(CaseEvent event) {
        return json.write(event);
      }

      @Override
      public CaseEvent read(String row) {
        return json.read(row);
      }

      @Override
      public CaseEvent read(CaseId id, long sequence, String row) {
        return json.read(id, sequence, row);
      }

      @Override
      public List<CaseEvent> read(CaseId id, List<String> rows) {
        return json.read(id, rows);
      }
    };
  }

  @Override
  public Mapper display() {
    return of(new GovernanceModule());
  }

  @Override
  public Mapper storage() {
    return of(GovernanceModule.forTrustedStorage());
  }

  @Override
  public Mapper vendor(CategoryTaxonomy categories, MaskingPolicy masking) {
    return of(GovernanceModule.builder().categories(categories).masking(masking).build());
  }

  @Override
  public Events events(List<Workflow> workflows) {
    return of(CaseEventJson.of(workflows));
  }

  @Override
  public EventsBuilder eventsBuilder() {
    CaseEventJson.Builder b = CaseEventJson.builder();
    return new EventsBuilder() {
      @Override
      public EventsBuilder workflow(Workflow w) {
        b.workflow(w);
        return this;
      }

      @Override
      public EventsBuilder renamedCommand(String w, int since, String from, String to) {
        b.renamedCommand(w, since, from, to);
        return this;
      }

      @Override
      public EventsBuilder renamedState(String w, int since, String from, String to) {
        b.renamedState(w, since, from, to);
        return this;
      }

      @Override
      public Events buildWithDisplayModule() {
        return of(b.module(new GovernanceModule()).build());
      }

      @Override
      public Events build() {
        return of(b.build());
      }
    };
  }

  @Override
  public Failure failure(Throwable t) {
    return t instanceof InvalidJsonValueException e
        ? new Failure(e.code(), e.pointer(), e.getOriginalMessage(), e.getMessage(),
            e.localizedMessage(Locale.ENGLISH), e.localizedMessage(Locale.CHINA))
        : null;
  }

  @Override
  public Unreadable unreadable(Throwable t) {
    return t instanceof UnreadableEventException e
        ? new Unreadable(e.code(), e.caseId(), e.sequence(), e.getMessage()) : null;
  }

  @Override
  public boolean isJacksonError(Throwable t) {
    return t instanceof JacksonException;
  }
}
