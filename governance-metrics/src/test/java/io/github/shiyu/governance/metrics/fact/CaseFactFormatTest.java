package io.github.shiyu.governance.metrics.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaseFactFormatTest {

  private static final DivisionCode VILLAGE = DivisionCode.parse("150502001001");
  private static final CaseId X = CaseId.of("X");
  private static final CaseCategory DISPUTE = CategoryTaxonomy.standard().require("dispute");

  @Test
  void readsTheDocumentedColumnsInAnyOrder() {
    String csv = """
        division,case_id,type,category,registered_at,accepted_at,concluded_at,resolved,rating,person_visits
        150502001001,TL-1,DISPUTE,dispute.labour,2022-03-01 09:30:00,2022-03-01T02:00:00Z,2022-03-05T10:00:00+08:00,1,BASICALLY_SATISFIED,3
        "150502",TL-2,PETITION,"dispute.other",2022-03-02T00:00:00Z,,,,,
        """;
    List<CaseFact> facts = CaseFactFormat.readCsv(new StringReader(csv));
    assertThat(facts).hasSize(2);
    CaseFact a = facts.get(0);
    assertThat(a.timeline().registeredAt()).isEqualTo(Instant.parse("2022-03-01T01:30:00Z"));
    assertThat(a.timeline().concludedAt()).contains(Instant.parse("2022-03-05T02:00:00Z"));
    assertThat(a.outcome().resolved()).isTrue();
    assertThat(a.outcome().rating()).contains(Rating.BASICALLY_SATISFIED);
    assertThat(a.subject().personVisits()).isEqualTo(3);
    assertThat(facts.get(1).subject().division().value()).isEqualTo("150502000000");
    assertThat(facts.get(1).subject().personVisits()).isEqualTo(1);
    assertThat(CaseFactFormat.readCsvTable(new StringReader(csv)).size()).isEqualTo(2);
  }

  @Test
  void theJudicialConfirmationStatusIsAdditiveAndOldFilesReadAsBefore() {
    // written before judicial_confirmation_status and confirmation_in_window existed
    String old = """
        case_id,type,category,division,registered_at,accepted_at,concluded_at,resolved,judicial_confirmation
        TL-1,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,2022-03-01T00:00:00Z,2022-03-05T00:00:00Z,1,1
        TL-2,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,2022-03-01T00:00:00Z,2022-03-05T00:00:00Z,1,0
        """;
    List<CaseFact> before = CaseFactFormat.readCsv(new StringReader(old));
    assertThat(before.get(0).outcome().confirmation()).isEqualTo(JudicialConfirmation.CONFIRMED);
    assertThat(before.get(0).outcome().confirmationInWindow()).isTrue();
    assertThat(before.get(1).outcome().confirmation())
        .isEqualTo(JudicialConfirmation.NOT_APPLIED);
    String now = """
        case_id,type,category,division,registered_at,accepted_at,concluded_at,resolved,judicial_confirmation_status,confirmation_in_window
        TL-3,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,2022-03-01T00:00:00Z,2022-03-05T00:00:00Z,1,APPLIED,
        TL-4,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,2022-03-01T00:00:00Z,2022-03-05T00:00:00Z,1,REFUSED,false
        """;
    List<CaseFact> after = CaseFactFormat.readCsv(new StringReader(now));
    assertThat(after.get(0).outcome().confirmation()).isEqualTo(JudicialConfirmation.APPLIED);
    assertThat(after.get(0).outcome().confirmationInWindow()).isTrue();
    assertThat(after.get(0).outcome().judicialConfirmation()).isFalse();
    assertThat(after.get(1).outcome().confirmation()).isEqualTo(JudicialConfirmation.REFUSED);
    assertThat(after.get(1).outcome().confirmationInWindow()).isFalse();
    List<CaseFact> all = new java.util.ArrayList<>(before);
    all.addAll(after);
    String written = CaseFactFormat.toCsv(all);
    assertThat(written.lines().findFirst().orElseThrow())
        .endsWith("judicial_confirmation,rating,solved,responded,followed_up,reopened,returned,"
            + "escalated,repeat,litigated,person_visits,judicial_confirmation_status,"
            + "confirmation_in_window,expert_fields");
    assertThat(CaseFactFormat.readCsv(new StringReader(written))).isEqualTo(all);
    assertThat(CaseFactFormat.readJson(new StringReader(CaseFactFormat.toJson(all))))
        .isEqualTo(all);
    String contradiction = """
        case_id,type,category,division,registered_at,accepted_at,concluded_at,resolved,judicial_confirmation,judicial_confirmation_status
        TL-5,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,2022-03-01T00:00:00Z,2022-03-05T00:00:00Z,1,1,REFUSED
        """;
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(contradiction)))
        .hasMessageContaining("judicial_confirmation_status").hasMessageContaining("REFUSED");
    String unresolved = """
        case_id,type,category,division,registered_at,judicial_confirmation_status
        TL-6,DISPUTE,dispute.contract,150502001001,2022-03-01T00:00:00Z,APPLIED
        """;
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(unresolved)))
        .hasMessageContaining("not resolved");
  }

  @Test
  void errorsNameTheRowAndColumn() {
    String head = "case_id,type,category,division,registered_at\n";
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(
        head + "X,DISPUTE,dispute,4290,2022-03-01T00:00:00Z\n")))
        .hasMessageContaining("row 2, column division")
        .hasMessageContaining("expected 6 or 12 digits, got 4");
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(
        head + "X,DISPUTE,dispute,429006,yesterday\n")))
        .hasMessageContaining("row 2, column registered_at: not an ISO-8601 instant");
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(
        "case_id,type,category,division,registerd_at\n")))
        .hasMessageContaining("column registerd_at: unknown column");
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(
        head + "X,DISPUTE,dispute,429006,2022-03-01T00:00:00Z,extra\n")))
        .hasMessageContaining("expected 5 fields, got 6");
    assertThatThrownBy(() -> CaseFactFormat.readJson(new StringReader(
        "[{\"case_id\":\"X\",\"type\":\"DISPUTE\",\"category\":\"dispute\","
            + "\"division\":\"429006\",\"registered_at\":\"2022-03-01T00:00:00Z\","
            + "\"resolved\":true}]")))
        .hasMessageContaining("row 1").hasMessageContaining("resolved but not concluded");
  }

  @Test
  void factsRuleOutContradictions() {
    Instant t = Instant.parse("2022-03-01T00:00:00Z");
    assertThatThrownBy(() -> CaseFact.builder(X, CaseType.DISPUTE, DISPUTE, VILLAGE, t)
        .concludedAt(t).build()).hasMessageContaining("concluded but never accepted");
    assertThatThrownBy(() -> CaseFact.builder(X, CaseType.DISPUTE, DISPUTE, VILLAGE, t)
        .acceptedAt(t.minusSeconds(1)).build()).hasMessageContaining("is before");
    assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(
        "case_id,type,category,division,registered_at\n"
            + "X,DISPUTE,Dispute,150502001001,2022-03-01T00:00:00Z\n")))
        .hasMessageContaining("column category")
        .hasMessageContaining("must be dot-separated lower-case words");
    // a fact's category is a CaseCategory, which cannot hold such a code
    assertThatThrownBy(() -> CaseCategory.of("Dispute", "纠纷", "Dispute"))
        .hasMessageContaining("must be dot-separated lower-case words");
    assertThatThrownBy(() -> CaseFact.builder(X, CaseType.DISPUTE, DISPUTE,
        DivisionCode.parse("150502002001"), t)
        .grid(io.github.shiyu.governance.core.grid.GridCode.of(VILLAGE, 1)).build())
        .hasMessageContaining("lies outside division");
  }

  @Test
  void theExpertFieldsColumnIsAdditiveSortedAndChecked() {
    String csv = """
        case_id,type,category,division,registered_at,expert_fields
        TL-1,DISPUTE,dispute.labour,150502001001,2022-03-01T00:00:00Z,psychology; lawyer;psychology
        TL-2,DISPUTE,dispute.labour,150502001001,2022-03-01T00:00:00Z,
        """;
    List<CaseFact> facts = CaseFactFormat.readCsv(new StringReader(csv));
    assertThat(facts.get(0).handling().experts()).containsExactly("lawyer", "psychology");
    assertThat(facts.get(1).handling().experts()).isEmpty();
    // a file written before the column existed: no experts
    String old = csv.replace(",expert_fields", "").replace(",psychology; lawyer;psychology", "")
        .replace("T00:00:00Z,\n", "T00:00:00Z\n");
    assertThat(CaseFactFormat.readCsv(new StringReader(old)))
        .allMatch(f -> f.handling().experts().isEmpty());
    String written = CaseFactFormat.toCsv(facts);
    assertThat(written.lines().findFirst().orElseThrow()).endsWith(",expert_fields");
    assertThat(written).contains(",lawyer;psychology");
    assertThat(CaseFactFormat.toJson(facts)).contains("\"expert_fields\" : \"lawyer;psychology\"");
    for (String bad : List.of("Psychology", "psychology;;lawyer")) {
      String row = csv.replace("psychology; lawyer;psychology", bad);
      assertThatThrownBy(() -> CaseFactFormat.readCsv(new StringReader(row)))
          .hasMessageContaining("row 2");
      assertThatThrownBy(() -> CaseFactFormat.readCsvTable(new StringReader(row)))
          .hasMessageContaining("row 2");
    }
  }

  @Test
  void csvAndJsonRoundTrip() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 30)).check((seed, n) -> {
      List<CaseFact> facts = new ArrayList<>();
      Random r = new Random(seed);
      for (int i = 0; i < n; i++) {
        facts.add(sample(r, "C,\"" + i + "\""));
      }
      return CaseFactFormat.readCsv(new StringReader(CaseFactFormat.toCsv(facts)))
          .equals(facts)
          && CaseFactFormat.readJson(new StringReader(CaseFactFormat.toJson(facts)))
          .equals(facts);
    });
  }

  private static CaseFact sample(Random r, String id) {
    Instant t = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000));
    CaseFact.Builder b = CaseFact.builder(CaseId.of(id), CaseType.values()[r.nextInt(5)],
        CategoryTaxonomy.standard().require(r.nextBoolean() ? "dispute.labour" : "hotline"),
        VILLAGE, t)
        .responded(r.nextBoolean()).repeat(r.nextBoolean()).personVisits(1 + r.nextInt(4));
    if (r.nextBoolean()) {
      b.grid(io.github.shiyu.governance.core.grid.GridCode.of(VILLAGE, 1 + r.nextInt(999)));
    }
    if (r.nextBoolean()) {
      b.departmentId("住建局");
    }
    if (r.nextBoolean()) {
      b.acceptedAt(t.plusSeconds(r.nextInt(1000))).dueAt(t.plusSeconds(86_400));
      if (r.nextBoolean()) {
        b.concludedAt(t.plusSeconds(2000 + r.nextInt(100_000))).resolved(r.nextBoolean())
            .rating(Rating.values()[r.nextInt(3)]).followedUp(r.nextBoolean());
      }
    }
    int experts = r.nextInt(4);
    if (experts > 0) {
      b.experts(experts == 1 ? List.of("psychology")
          : experts == 2 ? List.of("psychology", "lawyer") : List.of("accounting"));
    }
    return b.build();
  }
}
