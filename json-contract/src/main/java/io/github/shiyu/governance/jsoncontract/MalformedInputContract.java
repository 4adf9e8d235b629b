package io.github.shiyu.governance.jsoncontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Failure;
import io.github.shiyu.governance.testkit.Mutations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutated JSON for the module's types, through a {@link JsonBinding}: a value either reads,
 * or fails with Jackson's own syntax or binding error, or with the module's
 * {@code InvalidJsonValueException}; no deserializer lets another exception out (bare or
 * wrapped by Jackson).
 */
public abstract class MalformedInputContract {

  /** Every type of the module in one record. */
  public record Everything(DivisionCode division, GridCode grid, CaseCategory category,
      CreditCode credit, GeoPoint location, DeadlinePolicy limit, Division place,
      Deadline reply, List<ClockStop> stops, List<Party> parties,
      Map<DivisionCode, Integer> counts, Map<GridCode, String> names) {
  }

  /** The mutations' seed. */
  public static final long SEED = 20261203L;
  private static final int INPUTS = 24_000;

  /** A document with every type, full personal data. */
  public static final String EVERYTHING = """
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

  /** The seeds the mutations start from. */
  public static final List<String> SEEDS = List.of(EVERYTHING, EVERYTHING.replace("\n", ""),
      "{\"reply\":{\"start\":\"2024-09-29T02:00:00Z\",\"due\":\"2024-09-29T02:00:00Z\","
          + "\"unit\":\"WORKING_DAYS\"},\"division\":\"110101\"}");

  /**
   * The module under test.
   *
   * @return its binding
   */
  protected abstract JsonBinding binding();

  @Test
  public void mutatedValuesReadOrFailWithAJsonError() throws Exception {
    JsonBinding binding = binding();
    JsonBinding.Mapper storage = binding.storage();
    assertThat(storage.read(EVERYTHING, Everything.class).parties()).hasSize(2);
    Mutations mutations = new Mutations(SEED);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(SEEDS);
      Throwable t = catchThrowable(() -> storage.read(input, Everything.class));
      Failure f = binding.failure(t);
      if (t == null || f != null) {
        if (f != null) {
          assertThat(Mutations.echoesPersonalData(f.fullMessage()))
              .as("seed %d, input %d: %s", SEED, i, f.fullMessage()).isFalse();
        }
        continue;
      }
      // Jackson's own errors are the documented JSON errors; one that wraps a non-Jackson
      // exception means a deserializer let it out.
      Throwable cause = t;
      while (binding.isJacksonError(cause) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (!binding.isJacksonError(cause)) {
        fail("seed " + SEED + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
    }
  }

  @Test
  public void aValueNoFactoryCanReadIsAJsonErrorAtItsPointer() {
    Throwable t = catchThrowable(() -> binding().storage().read("{\"reply\":{"
        + "\"start\":\"+999999999-12-31T23:59:59Z\",\"due\":\"+999999999-12-31T23:59:59Z\","
        + "\"unit\":\"WORKING_DAYS\"}}", Everything.class));
    Failure f = binding().failure(t);
    assertThat(f).as("%s", t).isNotNull();
    assertThat(f.pointer()).startsWith("/reply/");
  }
}
