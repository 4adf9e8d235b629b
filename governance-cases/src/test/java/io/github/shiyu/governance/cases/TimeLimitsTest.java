package io.github.shiyu.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.time.Duration;
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
}
