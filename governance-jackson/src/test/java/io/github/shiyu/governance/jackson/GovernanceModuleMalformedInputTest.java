package io.github.shiyu.governance.jackson;

import io.github.shiyu.governance.testkit.Mutations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated JSON for the module's types: a value either reads, or fails with Jackson's own
 * syntax or binding error, or with an {@link InvalidJsonValueException}; no deserializer of
 * the module lets another exception out (bare or wrapped by Jackson).
 */
class GovernanceModuleMalformedInputTest {

  record Everything(DivisionCode division, GridCode grid, CaseCategory category,
      CreditCode credit, GeoPoint location, DeadlinePolicy limit, Division place,
      Deadline reply, List<ClockStop> stops, List<Party> parties,
      Map<DivisionCode, Integer> counts, Map<GridCode, String> names) {
  }

  private static final long SEED = 20261203L;
  private static final int INPUTS = 24_000;
  private static final ObjectMapper STORAGE = new ObjectMapper()
      .registerModule(GovernanceModule.forTrustedStorage());

  private static final String EVERYTHING = """
      {"division":"420102000000","grid":"420102001001003","category":"dispute.labour",
       "credit":"91330100716105852F",
       "location":{"longitude":114.305,"latitude":30.593,"crs":"GCJ02"},
       "limit":{"amount":15,"unit":"WORKING_DAYS"},
       "place":{"code":"420106000000","name":"武昌区","level":"COUNTY"},
       "reply":{"start":"2024-09-29T02:00:00Z","due":"2024-10-14T16:00:00Z",
         "unit":"CALENDAR_DAYS","stops":[{"from":"2024-09-30T01:00:00Z",
         "to":"2024-09-30T03:00:00Z"}],"stoppedSince":"2024-10-01T00:00:00Z"},
       "stops":[{"from":"2024-09-30T01:00:00Z","to":"2024-09-30T03:00:00Z"}],
       "parties":[{"kind":"PERSON","name":"欧阳娜娜","role":"APPLICANT",
         "residentId":"11010519491231002X","phone":"13812345678"},
         {"kind":"ORGANISATION","name":"某某物业服务有限公司","role":"RESPONDENT",
         "creditCode":"91330100716105852F","phone":"027-87654321"}],
       "counts":{"420102000000":7,"429004":3},"names":{"420102001001003":"一网格"}}
      """;

  @BeforeAll
  static void openToJackson() {
    Module self = GovernanceModuleMalformedInputTest.class.getModule();
    ModuleLayer.boot().findModule("com.fasterxml.jackson.databind")
        .ifPresent(m -> self.addOpens(GovernanceModuleMalformedInputTest.class.getPackageName(), m));
  }

  @Test
  void mutatedValuesReadOrFailWithAJsonError() throws Exception {
    assertThat(STORAGE.readValue(EVERYTHING, Everything.class).parties()).hasSize(2);
    List<String> seeds = List.of(EVERYTHING, EVERYTHING.replace("\n", ""),
        "{\"reply\":{\"start\":\"2024-09-29T02:00:00Z\",\"due\":\"2024-09-29T02:00:00Z\","
            + "\"unit\":\"WORKING_DAYS\"},\"division\":\"110101\"}");
    JavaType type = STORAGE.constructType(new TypeReference<Everything>() { });
    Mutations mutations = new Mutations(SEED);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(seeds);
      Throwable t = catchThrowable(() -> STORAGE.readValue(input, type));
      if (t == null || t instanceof InvalidJsonValueException) {
        if (t != null) {
          assertThat(Mutations.echoesPersonalData(t.getMessage()))
              .as("seed %d, input %d: %s", SEED, i, t.getMessage()).isFalse();
        }
        continue;
      }
      // Jackson's own errors are the documented JSON errors; one that wraps a non-Jackson
      // exception means a deserializer let it out.
      Throwable cause = t;
      while (cause instanceof JsonProcessingException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (!(cause instanceof JsonProcessingException)) {
        fail("seed " + SEED + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
    }
  }

  @Test
  void aValueNoFactoryCanReadIsAJsonErrorAtItsPointer() {
    Throwable t = catchThrowable(() -> STORAGE.readValue("{\"reply\":{"
        + "\"start\":\"+999999999-12-31T23:59:59Z\",\"due\":\"+999999999-12-31T23:59:59Z\","
        + "\"unit\":\"WORKING_DAYS\"}}", Everything.class));
    assertThat(t).isInstanceOf(InvalidJsonValueException.class);
    assertThat(((InvalidJsonValueException) t).pointer()).startsWith("/reply/");
  }
}
