package io.github.shiyu.governance.spark;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Random but consistent case facts from a seed, for the property tests. */
final class RandomFacts {

  static final List<DivisionCode> DIVISIONS = List.of(
      DivisionCode.parse("150502001001"), DivisionCode.parse("150502001201"),
      DivisionCode.parse("150502002001"), DivisionCode.parse("150502100201"),
      DivisionCode.parse("150521001001"), DivisionCode.parse("150521101202"),
      DivisionCode.parse("150521101000"), // a township-level case
      DivisionCode.parse("429006001001"), DivisionCode.parse("429006102203"));
  static final List<CaseCategory> CATEGORIES = Stream.of("dispute.labour",
      "dispute.neighbour", "hotline.complaint", "hotline", "dispute")
      .map(CategoryTaxonomy.standard()::require).toList();
  static final Instant START = Instant.parse("2020-12-31T16:00:00Z"); // 2021-01-01 in Shanghai
  static final long SPAN = 3L * 366 * 86_400;

  private RandomFacts() {
  }

  static List<CaseFact> facts(long seed, int n) {
    Random r = new Random(seed);
    List<CaseFact> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(fact(r, "C" + seed + "-" + i));
    }
    return out;
  }

  static CaseFact fact(Random r, String id) {
    DivisionCode division = DIVISIONS.get(r.nextInt(DIVISIONS.size()));
    CaseType type = CaseType.values()[r.nextInt(CaseType.values().length)];
    Instant registered = START.plusSeconds((long) (r.nextDouble() * SPAN));
    CaseFact.Builder b = CaseFact.builder(CaseId.of(id), type,
        CATEGORIES.get(r.nextInt(CATEGORIES.size())), division, registered);
    if (division.level().name().equals("VILLAGE") && r.nextInt(3) > 0) {
      b.grid(GridCode.of(division, 1 + r.nextInt(3)));
    }
    if (r.nextBoolean()) {
      b.departmentId(r.nextBoolean() ? "dept-a" : "dept-b");
    }
    if (r.nextInt(10) < 7) {
      b.dueAt(registered.plusSeconds(86_400L * (1 + r.nextInt(30))));
    }
    b.responded(r.nextInt(10) < 6).escalated(r.nextInt(10) == 0)
        .repeat(r.nextInt(10) == 0).litigated(r.nextInt(20) == 0)
        .personVisits(1 + r.nextInt(3)).returned(r.nextInt(10) == 0)
        .reopened(r.nextInt(10) == 0);
    if (r.nextInt(10) < 8) {
      Instant accepted = registered.plusSeconds(r.nextInt(86_400));
      b.acceptedAt(accepted);
      if (r.nextInt(10) < 7) {
        Instant concluded = accepted.plusSeconds((long) r.nextInt(60 * 86_400));
        b.concludedAt(concluded);
        boolean resolved = r.nextInt(10) < 6;
        b.resolved(resolved).followedUp(r.nextBoolean());
        if (resolved) {
          // every judicial-confirmation status, some applied for after the 30 days
          JudicialConfirmation status = JudicialConfirmation.values()[r.nextInt(4)];
          b.confirmation(status);
          if (status != JudicialConfirmation.NOT_APPLIED && r.nextInt(4) == 0) {
            b.confirmationInWindow(false);
          }
        }
        if (r.nextBoolean()) {
          b.closedAt(concluded.plusSeconds(r.nextInt(10 * 86_400)));
        }
        if (r.nextBoolean()) {
          b.rating(Rating.values()[r.nextInt(3)]).solved(r.nextBoolean());
        }
      }
    }
    return b.build();
  }
}
