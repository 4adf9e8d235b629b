package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDateTime;

/** Shared test values. */
public final class Fixtures {

  public static final DivisionCode VILLAGE = DivisionCode.parse("420602003012");

  private Fixtures() {}

  public static Actor as(Role role) {
    return Actor.of(role.name().toLowerCase(java.util.Locale.ROOT) + "-1", role);
  }

  /** An instant given as local time in Asia/Shanghai. */
  public static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.ZONE).toInstant();
  }

  /** A category of core's standard taxonomy, or a test category of that code if it has none. */
  public static CaseCategory category(String code) {
    return CategoryTaxonomy.standard().find(code)
        .orElseGet(() -> CaseCategory.of(code, "测试类别 " + code, "Test category " + code));
  }

  public static Registration registration(CaseType type, String category) {
    return Registration.of(type, category(category), VILLAGE);
  }

  /** Runs one command, failing on rejection. */
  public static Case step(Workflow w, Case kase, Command command, Instant at) {
    return kase.apply(w.decide(kase, command, at).event());
  }

  public static Case register(Workflow w, String id, Role role, String category, Instant at) {
    return Case.start(w.register(CaseId.of(id), Command.register(as(role),
        registration(w.type(), category)), at).event());
  }

  /** A clock the test moves by hand. */
  public static final class HandClock extends java.time.Clock {
    public final java.util.concurrent.atomic.AtomicReference<Instant> now;

    public HandClock(Instant start) {
      now = new java.util.concurrent.atomic.AtomicReference<>(start);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
