package io.github.shiyu.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

  @Test
  void theMostSpecificCategoryWins() {
    TimeLimits limits = TimeLimits.builder()
        .limit("handling", DeadlinePolicy.workingDays(15))
        .limit("handling", "hotline", DeadlinePolicy.workingDays(10))
        .limit("handling", "hotline.consultation", DeadlinePolicy.workingDays(2))
        .build();
    assertThat(limits.policy("handling", "hotline.consultation.tax"))
        .contains(DeadlinePolicy.workingDays(2));
    assertThat(limits.policy("handling", "hotline.complaint"))
        .contains(DeadlinePolicy.workingDays(10));
    assertThat(limits.policy("handling", "dispute.labour"))
        .contains(DeadlinePolicy.workingDays(15));
    assertThat(limits.policy("nothing", "hotline")).isEmpty();
  }

  @Test
  void aVendorChangesOneLimitWithoutTouchingTheWorkflow() {
    Workflow national = PetitionWorkflow.definition();
    Workflow local = national.withTimeLimits(PetitionWorkflow.defaultLimits()
        .with(PetitionWorkflow.HANDLING, DeadlinePolicy.workingDays(40)));
    assertThat(local.transitions()).isSameAs(national.transitions());
    assertThat(local.timeLimits().policy(PetitionWorkflow.HANDLING, "petition"))
        .contains(DeadlinePolicy.workingDays(40));
    assertThat(national.timeLimits().policy(PetitionWorkflow.HANDLING, "petition"))
        .contains(DeadlinePolicy.calendarDays(60));
    assertThat(GridIncidentWorkflow.defaultLimits()
        .duration(GridIncidentWorkflow.RESPONSE, "citymgmt")).contains(Duration.ofMinutes(30));
  }

  @Test
  void unknownOrMissingLimitsAreNamed() {
    assertThatThrownBy(() -> PetitionWorkflow.defaultLimits()
        .with("hadnling", DeadlinePolicy.calendarDays(1)))
        .hasMessageContaining("workflow.time_limit").hasMessageContaining("hadnling");
    assertThatThrownBy(() -> PetitionWorkflow.defaultLimits().withCount("extension", 2))
        .hasMessageContaining("no such count");
    TimeLimits partial = TimeLimits.builder()
        .limit(PetitionWorkflow.ROUTING, DeadlinePolicy.calendarDays(15)).build();
    assertThatThrownBy(() -> PetitionWorkflow.definition().withTimeLimits(partial))
        .hasMessageContaining("workflow.time_limit").hasMessageContaining("handling")
        .hasMessageContaining("extensions").hasMessageContaining("reReview");
  }

  /** A whistle order: respond within 2 hours, extendable once by the given exact duration. */
  private static Workflow whistle(Duration extension) {
    return Workflow.builder("whistle", CaseType.GRID_INCIDENT)
        .state("CALLED", StateKind.OPEN)
        .state("DONE", StateKind.TERMINAL)
        .clock("response")
        .registration().to("CALLED").by(Role.GRID_WORKER).startsClock("response", "response")
            .tags(EventTag.REGISTRATION).add()
        .on("extend").from("CALLED").stay().by(Role.GOVERNANCE_CENTER).requiresReason()
            .atMost("extensions").extendsClock("response", "extension")
            .tags(EventTag.EXTENSION).add()
        .on("respond").from("CALLED").to("DONE").by(Role.DEPARTMENT).endsClock("response")
            .add()
        .timeLimits(TimeLimits.builder()
            .limit("response", DeadlinePolicy.hours(2))
            .limit("extension", extension)
            .count("extensions", 1)
            .build())
        .build();
  }

  private static Deadline extended(Duration extension) {
    Workflow w = whistle(extension);
    Instant at = Fixtures.beijing("2025-03-04T09:10");
    Case kase = Fixtures.register(w, "W-1", Role.GRID_WORKER, "citymgmt.event", at);
    assertThat(kase.due()).contains(Fixtures.beijing("2025-03-04T11:10"));
    kase = Fixtures.step(w, kase, Command.of("extend", Fixtures.as(Role.GOVERNANCE_CENTER))
        .withReason("the department is on its way"), at.plus(Duration.ofMinutes(20)));
    return kase.deadline("response").orElseThrow();
  }

  @Test
  void aThirtyMinuteExtensionAddsExactlyThirtyMinutes() {
    // (int) toHours() made this hours(0), which threw
    Deadline d = extended(Duration.ofMinutes(30));
    assertThat(d.due()).isEqualTo(Fixtures.beijing("2025-03-04T11:40"));
    assertThat(d.start()).isEqualTo(Fixtures.beijing("2025-03-04T09:10"));
  }

  @Test
  void aNinetyMinuteExtensionAddsExactlyNinetyMinutes() {
    // (int) toHours() made this one hour
    Deadline d = extended(Duration.ofMinutes(90));
    assertThat(d.due()).isEqualTo(Fixtures.beijing("2025-03-04T12:40"));
    assertThat(whistle(Duration.ofMinutes(90)).timeLimits().limit("extension", "citymgmt"))
        .contains(TimeLimit.of(Duration.ofMinutes(90)));
  }

  @Test
  void aTimeLimitIsAPeriodOrAPositiveDuration() {
    assertThat(TimeLimit.of(DeadlinePolicy.workingDays(15)))
        .isEqualTo(new TimeLimit.Period(DeadlinePolicy.workingDays(15)))
        .hasToString("15 WORKING_DAYS");
    assertThat(TimeLimit.of(Duration.ofMinutes(30))).hasToString("PT30M");
    assertThatThrownBy(() -> TimeLimit.of(Duration.ZERO))
        .isInstanceOf(io.github.shiyu.governance.core.InvalidValueException.class)
        .hasMessageContaining("workflow.time_limit").hasMessageContaining("positive");
    assertThatThrownBy(() -> Deadline.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
        io.github.shiyu.governance.core.time.PeriodUnit.HOURS).extend(Duration.ofMinutes(-1)))
        .hasMessageContaining("deadline.duration");
  }
}
