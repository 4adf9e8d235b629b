package io.github.shiyu.governance.jsoncontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Failure;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Mapper;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The JSON forms of core's value types, written and read through a {@link JsonBinding}: one
 * suite, run by governance-jackson and governance-jackson3 alike (each module's test extends
 * it and names its binding), so that both are held to the same bytes and the same errors.
 */
// Test code only: QuickTheories and the bindings sit in the unnamed module.
@SuppressWarnings("exports")
public abstract class GovernanceModuleContract {

  /** An application's record holding core values. */
  public record Registration(DivisionCode division, GridCode grid, CaseCategory category,
      GeoPoint location, DeadlinePolicy limit, List<Party> parties) {
  }

  /** A record with personal data. */
  public record Person(ResidentId residentId, PhoneNumber phone) {
  }

  /** A record with a deadline. */
  public record Schedule(Deadline reply) {
  }

  private final JsonBinding binding = binding();
  private final Mapper display = binding.display();
  private final Mapper storage = binding.storage();

  /**
   * The module under test.
   *
   * @return its binding
   */
  protected abstract JsonBinding binding();

  private static final String ID = "11010519491231002X";

  private static Party applicant() {
    return Party.person("欧阳娜娜", PartyRole.APPLICANT).withResidentId(ResidentId.parse(ID))
        .withPhone(PhoneNumber.parse("13812345678"));
  }

  private static Registration registration() {
    return new Registration(DivisionCode.parse("420102"), GridCode.parse("420102001001003"),
        CategoryTaxonomy.standard().require("dispute.labour"),
        GeoPoint.of(114.305, 30.593, CoordinateSystem.GCJ02), DeadlinePolicy.workingDays(15),
        List.of(applicant(), Party.organisation("某某物业服务有限公司",
            CreditCode.parse("91330100716105852F"), PartyRole.RESPONDENT)));
  }

  @Test
  public void writesCanonicalFormsWithPersonalDataMasked() throws Exception {
    assertThat(write(display, registration())).isEqualTo("{"
        + "\"division\":\"420102000000\",\"grid\":\"420102001001003\","
        + "\"category\":\"dispute.labour\","
        + "\"location\":{\"longitude\":114.305,\"latitude\":30.593,\"crs\":\"GCJ02\"},"
        + "\"limit\":{\"amount\":15,\"unit\":\"WORKING_DAYS\"},"
        + "\"parties\":[{\"kind\":\"PERSON\",\"name\":\"欧阳**\",\"role\":\"APPLICANT\","
        + "\"residentId\":\"110105********002X\",\"phone\":\"138****5678\"},"
        + "{\"kind\":\"ORGANISATION\",\"name\":\"某某物业服务有限公司\",\"role\":\"RESPONDENT\","
        + "\"creditCode\":\"91330100716105852F\"}]}");
    assertThat(write(display, PhoneNumber.parse("027-87654321")))
        .isEqualTo("\"027-****4321\"");
  }

  @Test
  public void trustedStorageRoundTrips() throws Exception {
    String json = write(storage, registration());
    assertThat(json).contains("\"residentId\":\"" + ID + "\"", "\"name\":\"欧阳娜娜\"",
        "\"phone\":\"13812345678\"");
    assertThat(read(storage, json, Registration.class)).isEqualTo(registration());
  }

  @Test
  public void aDisplayModuleReadsFullValuesButRefusesMaskedOnes() throws Exception {
    assertThat(read(display, "\"" + ID + "\"", ResidentId.class))
        .isEqualTo(ResidentId.parse(ID));
    String masked = write(display, registration());
    Failure e = failure(display, masked, Registration.class);
    assertThat(e.code().id()).isEqualTo("json.masked");
    assertThat(e.pointer()).isEqualTo("/parties/0/name");
    assertThat(failure(display, "{\"phone\":\"138****5678\"}", Person.class).pointer())
        .isEqualTo("/phone");
  }

  @Test
  public void errorsNameThePathAndTheRuleNeverTheValue() throws Exception {
    String json = write(storage, registration())
        .replace(ID, "110105194912310021");
    Failure e = failure(storage, json, Registration.class);
    assertThat(e.code().id()).isEqualTo("resident_id.check_character");
    assertThat(e.pointer()).isEqualTo("/parties/0/residentId");
    assertThat(e.message()).startsWith("resident_id.check_character: character 18");
    assertThat(e.fullMessage()).doesNotContain("19491231");
    assertThat(e.chinese())
        .isEqualTo("/parties/0/residentId：第18位校验码与前17位不符（ISO 7064 MOD 11-2）");

    assertThat(failure(storage, "{\"division\":\"42010\"}", Registration.class))
        .satisfies(x -> assertThat(x.code().id()).isEqualTo("division.length"))
        .satisfies(x -> assertThat(x.pointer()).isEqualTo("/division"));
    assertThat(failure(storage, "{\"category\":\"dispute.weather\"}", Registration.class)
        .code().id()).isEqualTo("category.unknown");
    assertThat(failure(storage, "{\"location\":{\"longitude\":190,\"latitude\":30,"
        + "\"crs\":\"WGS84\"}}", Registration.class).pointer()).isEqualTo("/location/longitude");
    assertThat(failure(storage, "{\"location\":{\"longitude\":110,\"latitude\":30,"
        + "\"crs\":\"MARS\"}}", Registration.class).code().id()).isEqualTo("json.unknown_name");
    assertThat(failure(storage, "{\"limit\":{\"amount\":0,\"unit\":\"HOURS\"}}",
        Registration.class).pointer()).isEqualTo("/limit/amount");
    assertThat(failure(storage, "{\"limit\":{\"unit\":\"HOURS\"}}", Registration.class)
        .code().id()).isEqualTo("json.missing_field");
    assertThat(failure(storage, "{\"residentId\":11010519491231002}", Person.class).code().id())
        .isEqualTo("json.wrong_type");
    assertThat(failure(storage, "{\"parties\":[{\"kind\":\"ORGANISATION\",\"name\":\"某公司\","
        + "\"role\":\"RESPONDENT\",\"residentId\":\"" + ID + "\"}]}", Registration.class))
        .satisfies(x -> assertThat(x.code().id()).isEqualTo("party.resident_id"))
        .satisfies(x -> assertThat(x.pointer()).isEqualTo("/parties/0/residentId"));
  }

  @Test
  public void recordsOfOtherPackagesUseTheCodeForms() throws Exception {
    Division wuchang = Division.of(DivisionCode.parse("420106"), "武昌区");
    String json = write(display, wuchang);
    assertThat(json).isEqualTo("{\"code\":\"420106000000\",\"name\":\"武昌区\",\"level\":\"COUNTY\"}");
    assertThat(read(display, json, Division.class)).isEqualTo(wuchang);
    assertThat(failure(display, "{\"code\":\"420106\",\"name\":\"武昌区\",\"level\":\"CITY\"}",
        Division.class).code().id()).isEqualTo("division.level_mismatch");
    Department labour = Department.of("hrss", "人社局", DivisionCode.parse("420106"));
    assertThat(read(display, write(display, labour), Department.class))
        .isEqualTo(labour);
    assertThat(failure(display, "{\"id\":\"hrss\",\"name\":\"人社局\",\"division\":\"4201\"}",
        Department.class).pointer()).isEqualTo("/division");
  }

  @Test
  public void codesWorkAsMapKeys() throws Exception {
    Map<DivisionCode, Integer> counts = Map.of(DivisionCode.parse("420102"), 7);
    String json = write(display, counts);
    assertThat(json).isEqualTo("{\"420102000000\":7}");
    assertThat(display.readCounts(json)).isEqualTo(counts);
    assertThat(binding.failure(catchThrowable(() -> display.readCounts("{\"4201\":1}"))))
        .isNotNull().satisfies(f -> assertThat(f.code().id()).isEqualTo("division.length"));
  }

  @Test
  public void aVendorsTaxonomyAndPolicy() throws Exception {
    CaseCategory wages = CaseCategory.of("dispute.labour.wages", "欠薪", "Unpaid wages");
    Mapper vendor = binding.vendor(CategoryTaxonomy.standard().with(wages),
        MaskingPolicy.builder().residentId(1, 1).build());
    assertThat(vendor.read("\"dispute.labour.wages\"", CaseCategory.class)).isEqualTo(wages);
    assertThat(vendor.write(ResidentId.parse(ID)))
        .isEqualTo("\"1****************X\"");
  }

  // --- properties ---

  @Test
  public void everyValueRoundTripsThroughTrustedJson() {
    qt().withExamples(300).forAll(JsonGenerators.residentIds(), JsonGenerators.phones(),
        JsonGenerators.creditCodes(), JsonGenerators.gridCodes()).checkAssert((id, phone, code, grid) -> {
          Party person = Party.person("张三", PartyRole.PETITIONER).withResidentId(id).withPhone(phone);
          Party company = Party.organisation("某公司", code, PartyRole.THIRD_PARTY);
          Registration r = new Registration(grid.community(), grid, null, null, null,
              List.of(person, company));
          assertThat(read(storage, write(storage, r), Registration.class)).isEqualTo(r);
          assertThat(read(storage, write(storage, id), ResidentId.class)).isEqualTo(id);
          assertThat(read(storage, write(storage, phone), PhoneNumber.class)).isEqualTo(phone);
        });
  }

  @Test
  public void pointsPoliciesAndCategoriesRoundTrip() {
    List<CaseCategory> categories = CategoryTaxonomy.standard().stream().toList();
    Gen<GeoPoint> points = doubles().between(-180, 180).zip(doubles().between(-90, 90),
        Generate.enumValues(CoordinateSystem.class), GeoPoint::of);
    Gen<DeadlinePolicy> policies = integers().between(1, DeadlinePolicy.MAX_AMOUNT)
        .zip(Generate.enumValues(PeriodUnit.class), DeadlinePolicy::new);
    qt().withExamples(300).forAll(points, policies, Generate.pick(categories))
        .checkAssert((point, policy, category) -> {
          Registration r = new Registration(null, null, category, point, policy, List.of());
          assertThat(read(display, write(display, r), Registration.class)).isEqualTo(r);
        });
  }

  @Test
  public void deadlinesWithExtensionsAndStopsRoundTrip() {
    qt().withExamples(300).forAll(DeadlineGenerators.deadlines()).checkAssert(d -> {
      assertThat(read(storage, write(storage, d), Deadline.class)).isEqualTo(d);
      for (ClockStop stop : d.stops()) {
        assertThat(read(display, write(display, stop), ClockStop.class)).isEqualTo(stop);
      }
      assertThat(read(display, write(display, new Schedule(d)), Schedule.class).reply())
          .isEqualTo(d);
    });
  }

  @Test
  public void aProvisionalDeadlineSaysSoInItsJson() throws Exception {
    Deadline d = Deadline.start(Instant.parse("2026-12-28T02:00:00Z"),
        DeadlinePolicy.workingDays(15), WorkCalendar.china());
    String json = write(display, d);
    assertThat(json).endsWith(",\"provisional\":true}");
    assertThat(read(storage, json, Deadline.class)).isEqualTo(d);
    Deadline settled = Deadline.of(d.start(), d.due(), d.unit());
    assertThat(write(display, settled)).doesNotContain("provisional");
    assertThat(read(storage, json.replace("true}", "false}"), Deadline.class)).isEqualTo(settled);
    assertThat(failure(storage, json.replace("true}", "\"yes\"}"), Deadline.class).pointer())
        .isEqualTo("/provisional");
  }

  @Test
  public void writesADeadlineAsASmallObject() throws Exception {
    Instant start = Instant.parse("2024-09-29T02:00:00Z");
    Deadline d = Deadline.start(start, DeadlinePolicy.calendarDays(15), WorkCalendar.china())
        .stop(Instant.parse("2024-09-30T01:00:00Z"))
        .resume(Instant.parse("2024-09-30T03:00:00Z"), WorkCalendar.china())
        .stop(Instant.parse("2024-10-09T00:00:00Z"));
    assertThat(write(display, d)).isEqualTo("{\"start\":\"2024-09-29T02:00:00Z\","
        + "\"due\":\"" + d.due() + "\",\"unit\":\"CALENDAR_DAYS\","
        + "\"stops\":[{\"from\":\"2024-09-30T01:00:00Z\",\"to\":\"2024-09-30T03:00:00Z\"}],"
        + "\"stoppedSince\":\"2024-10-09T00:00:00Z\"}");
    assertThat(write(display, Deadline.of(start, start, PeriodUnit.HOURS)))
        .isEqualTo("{\"start\":\"2024-09-29T02:00:00Z\",\"due\":\"2024-09-29T02:00:00Z\","
            + "\"unit\":\"HOURS\",\"stops\":[]}");
  }

  @Test
  public void inconsistentDeadlinesNameTheField() {
    String head = "{\"reply\":{\"start\":\"2024-10-08T00:00:00Z\",";
    Failure e = failure(display, head
        + "\"due\":\"2024-10-07T16:00:00Z\",\"unit\":\"CALENDAR_DAYS\"}}", Schedule.class);
    assertThat(e.code().id()).isEqualTo("deadline.state");
    assertThat(e.pointer()).isEqualTo("/reply/due");
    assertThat(e.message()).contains("precedes start");

    String running = head + "\"due\":\"2024-10-30T16:00:00Z\",\"unit\":\"HOURS\",";
    e = failure(display, running + "\"stops\":[{\"from\":\"2024-10-09T00:00:00Z\","
        + "\"to\":\"2024-10-10T00:00:00Z\"},{\"from\":\"2024-10-09T12:00:00Z\","
        + "\"to\":\"2024-10-11T00:00:00Z\"}]}}", Schedule.class);
    assertThat(e.code().id()).isEqualTo("deadline.state");
    assertThat(e.pointer()).isEqualTo("/reply/stops/1/from");

    e = failure(display, running + "\"stops\":[{\"from\":\"2024-10-09T00:00:00Z\","
        + "\"to\":\"2024-10-08T00:00:00Z\"}]}}", Schedule.class);
    assertThat(e.pointer()).isEqualTo("/reply/stops/0/to");

    e = failure(display, running + "\"stops\":[{\"from\":\"2024-10-09T00:00:00Z\","
        + "\"to\":\"2024-10-10T00:00:00Z\"}],\"stoppedSince\":\"2024-10-09T06:00:00Z\"}}",
        Schedule.class);
    assertThat(e.pointer()).isEqualTo("/reply/stoppedSince");

    e = failure(display, "{\"from\":\"2024-10-09T00:00:00Z\",\"to\":\"2024-10-08T00:00:00Z\"}",
        ClockStop.class);
    assertThat(e.code().id()).isEqualTo("deadline.state");
    assertThat(e.pointer()).isEqualTo("/to");

    e = failure(display, running + "\"stops\":[7]}}", Schedule.class);
    assertThat(e.code().id()).isEqualTo("json.wrong_type");
    assertThat(e.pointer()).isEqualTo("/reply/stops/0");

    e = failure(display, head + "\"due\":\"next Tuesday\",\"unit\":\"HOURS\"}}",
        Schedule.class);
    assertThat(e.code().id()).isEqualTo("json.wrong_type");
    assertThat(e.pointer()).isEqualTo("/reply/due");

    e = failure(display, "{\"start\":\"1899-12-31T00:00:00Z\",\"due\":\"2024-10-07T16:00:00Z\","
        + "\"unit\":\"HOURS\"}", Deadline.class);
    assertThat(e.code().id()).isEqualTo("deadline.instant_range");
    assertThat(e.pointer()).isEqualTo("/start");
  }

  @Test
  public void maskedJsonHidesWhatThePolicyHides() {
    qt().withExamples(300).forAll(JsonGenerators.residentIds(), JsonGenerators.mobiles())
        .checkAssert((id, phone) -> {
          String json = write(display, new Person(id, phone));
          String full = id.reveal();
          assertThat(json).contains(full.substring(0, 6) + "********" + full.substring(14))
              .doesNotContain(full.substring(6, 14))
              .doesNotContain(phone.reveal().substring(3, 7) + phone.reveal().substring(7));
          assertThat(json).isEqualTo("{\"residentId\":\"" + id.masked() + "\",\"phone\":\""
              + phone.masked() + "\"}");
        });
  }

  @Test
  public void maskedJsonShowsOnlyTheFamilyNameOfAPerson() {
    Gen<String> names = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(2, 5);
    qt().withExamples(300).forAll(names, JsonGenerators.residentIds()).checkAssert((name, id) -> {
      Party person = Party.person(name, PartyRole.PETITIONER).withResidentId(id);
      String json = write(display, person);
      String family = person.maskedName().replace("*", "");
      assertThat(family).isNotEmpty().isEqualTo(name.substring(0, family.length()));
      // The whole document is fixed: the given name can only appear as asterisks.
      assertThat(json).isEqualTo("{\"kind\":\"PERSON\",\"name\":\"" + family
          + "*".repeat(name.length() - family.length()) + "\",\"role\":\"PETITIONER\","
          + "\"residentId\":\"" + id.masked() + "\"}");
      assertThat(read(storage, write(storage, person), Party.class)).isEqualTo(person);
    });
  }

  @Test
  public void invalidIdsInJsonGiveTypedErrorsOnly() {
    Set<String> ids = Set.of("resident_id.length", "resident_id.character",
        "resident_id.region", "resident_id.birth_date", "resident_id.check_character",
        "json.masked");
    Gen<String> text = strings().betweenCodePoints('0', '9').ofLengthBetween(14, 19)
        .mix(JsonGenerators.residentIds().map(id -> id.reveal().substring(0, 17) + "0"), 30);
    qt().withExamples(500).forAll(text).assuming(s -> !ResidentId.isValid(s)).checkAssert(s -> {
      Failure e = failure(storage, "{\"residentId\":\"" + s + "\"}", Person.class);
      assertThat(ids).contains(e.code().id());
      assertThat(e.pointer()).isEqualTo("/residentId");
      assertThat(e.fullMessage()).doesNotContain(s);
    });
  }

  private static String write(Mapper mapper, Object value) {
    try {
      return mapper.write(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static <T> T read(Mapper mapper, String json, Class<T> type) {
    try {
      return mapper.read(json, type);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Failure failure(Mapper mapper, String json, Class<?> type) {
    Throwable t = catchThrowable(() -> mapper.read(json, type));
    Failure f = binding.failure(t);
    assertThat(f).as("%s", t).isNotNull();
    return f;
  }
}
