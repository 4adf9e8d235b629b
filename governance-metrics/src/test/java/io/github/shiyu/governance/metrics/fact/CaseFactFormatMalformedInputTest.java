package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.testkit.Mutations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Mutated CSV and JSON facts: every public reader either reads them or throws a
 * {@link GovernanceException} (never Jackson's or the CSV reader's exception, nor an
 * {@code UncheckedIOException}: the inputs are strings), whose message does not echo an ID
 * number or a phone number in full.
 */
class CaseFactFormatMalformedInputTest {

  private static final int INPUTS = 14_000;

  private static final String CSV = """
      division,case_id,type,category,registered_at,accepted_at,concluded_at,resolved,rating,person_visits
      150502001001,TL-1,DISPUTE,dispute.labour,2022-03-01 09:30:00,2022-03-01T02:00:00Z,2022-03-05T10:00:00+08:00,1,BASICALLY_SATISFIED,3
      "150502",TL-2,PETITION,"dispute.other",2022-03-02T00:00:00Z,,,,,
      150502001001,"TL-3,""q""x",WORK_ORDER,dispute.labour,2022-03-03T00:00:00Z,2022-03-03T01:00:00Z,,0,,1
      """;

  private static List<String> csvSeeds() {
    List<CaseFact> facts = CaseFactFormat.readCsv(new StringReader(CSV));
    return List.of(CSV, CaseFactFormat.toCsv(facts), CSV.replace("\n", "\r\n"));
  }

  private static List<String> jsonSeeds() {
    List<CaseFact> facts = CaseFactFormat.readCsv(new StringReader(CSV));
    String json = CaseFactFormat.toJson(facts);
    return List.of(json, json.replace("\n", "").replace(" ", ""),
        "[{\"case_id\":\"A\",\"type\":\"DISPUTE\",\"category\":\"dispute.labour\","
            + "\"division\":150502,\"registered_at\":\"2022-03-02T00:00:00Z\","
            + "\"person_visits\":2,\"resolved\":null}]");
  }

  @Test
  void readCsvListReadsOrRefusesMutatedCsv() {
    run(20261204L, csvSeeds(), CaseFactFormat::readCsv);
  }

  @Test
  void readCsvSinkReadsOrRefusesMutatedCsv() {
    List<CaseFact> sink = new ArrayList<>();
    Consumer<CaseFact> add = sink::add;
    run(20261205L, csvSeeds(), in -> {
      sink.clear();
      CaseFactFormat.readCsv(in, add);
    });
  }

  @Test
  void readCsvTableReadsOrRefusesMutatedCsv() {
    run(20261206L, csvSeeds(), CaseFactFormat::readCsvTable);
  }

  @Test
  void readJsonReadsOrRefusesMutatedJson() {
    run(20261207L, jsonSeeds(), CaseFactFormat::readJson);
  }

  @Test
  void theColumnarTableReadersAgreeWithTheFactReadersOnMutatedInput() {
    agree(20261208L, csvSeeds(), in -> CaseFactTable.of(CaseFactFormat.readCsv(in)),
        CaseFactFormat::readCsvTable);
    agree(20261209L, jsonSeeds(), in -> CaseFactTable.of(CaseFactFormat.readJson(in)),
        CaseFactFormat::readJsonTable);
  }

  /** Both read the same table, or both refuse it with the same message. */
  private static void agree(long seed, List<String> seeds,
      java.util.function.Function<Reader, CaseFactTable> facts,
      java.util.function.Function<Reader, CaseFactTable> columns) {
    Mutations mutations = new Mutations(seed);
    int read = 0;
    for (int i = 0; i < INPUTS / 10; i++) {
      String input = mutations.next(seeds);
      CaseFactTable[] out = new CaseFactTable[2];
      Throwable a = catchThrowable(() -> out[0] = facts.apply(new StringReader(input)));
      Throwable b = catchThrowable(() -> out[1] = columns.apply(new StringReader(input)));
      if (a == null && b == null) {
        read++;
        assertThat(CaseFactTableRowTest.same(out[0], out[1]))
            .as("seed %d, input %d:%n%s", seed, i, Mutations.shown(input)).isTrue();
      } else {
        assertThat(b).as("seed %d, input %d:%n%s", seed, i, Mutations.shown(input))
            .isNotNull().hasMessage(a == null ? "(read by the fact reader)" : a.getMessage());
      }
    }
    assertThat(read).as("some mutated inputs are still readable").isPositive();
  }

  private interface Reading {
    void read(Reader in);
  }

  private static void run(long seed, List<String> seeds, Reading reader) {
    Mutations mutations = new Mutations(seed);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(seeds);
      Throwable t = catchThrowable(() -> reader.read(new StringReader(input)));
      if (t != null && !(t instanceof GovernanceException)) {
        fail("seed " + seed + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
      if (t != null) {
        assertThat(Mutations.echoesPersonalData(t.getMessage()))
            .as("seed %d, input %d: %s", seed, i, t.getMessage()).isFalse();
      }
    }
  }

  @Test
  void malformedJsonNamesTheLineColumnAndPointer() {
    Throwable t = catchThrowable(() -> CaseFactFormat.readJson(new StringReader(
        "[\n  {\"case_id\": \"A1\", \"type\": DISPUTE}\n]")));
    assertThat(t).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) t).code()).isEqualTo(MetricErrors.JSON_SYNTAX);
    assertThat(t).hasMessageContaining("line 2, column ")
        .hasMessageContaining("at /0/type");
    Throwable truncated = catchThrowable(() -> CaseFactFormat.readJson(new StringReader(
        "[{\"case_id\": \"11010519491231002X")));
    assertThat(truncated).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 1, column ")
        .hasMessageContaining("at /0/case_id")
        .hasMessageNotContaining(Mutations.RESIDENT_ID);
    Throwable token = catchThrowable(() -> CaseFactFormat.readJson(new StringReader(
        "[{\"case_id\": 张三13812345678}]")));
    assertThat(token).isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("张三").hasMessageNotContaining(Mutations.PHONE);
  }

  @Test
  void malformedCsvNamesTheLine() {
    String header = "case_id,type,category,division,registered_at\n";
    Throwable unclosed = catchThrowable(() -> CaseFactFormat.readCsv(new StringReader(header
        + "A1,DISPUTE,dispute.labour,150502,2022-03-02T00:00:00Z\n"
        + "\"A2,DISPUTE,dispute.labour,150502,2022-03-02T00:00:00Z\n")));
    assertThat(unclosed).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("row 3").hasMessageContaining("quoted field is not closed");
    // a case id has no whitespace: the quoted field spanning a line is the department's
    Throwable badValue = catchThrowable(() -> CaseFactFormat.readCsv(new StringReader(
        "case_id,type,category,division,registered_at,department\n"
        + "A1,DISPUTE,dispute.labour,150502,2022-03-02T00:00:00Z,\"Dept\nspans a line\"\n"
        + "A2,DISPUTE,dispute.labour,150502,11010519491231002X,\n")));
    assertThat(badValue).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("row 4, column registered_at")
        .hasMessageContaining("110105********002X")
        .hasMessageNotContaining(Mutations.RESIDENT_ID);
  }
}
