package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Run a petition with its deadlines (信访工作条例): registered just before the 2025 National
 * Day holiday, assigned, extended once, replied, and then the 30-day window for a review
 * request. Uses the pure core: the workflow decides each command against the case and
 * returns an event or a rejection; nothing is stored.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.RunPetition
 * }</pre>
 */
public final class RunPetition {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private RunPetition() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Workflow petition = PetitionWorkflow.definition();
    Actor office = Actor.of("kw-xfj", Role.PETITION_OFFICE);
    Actor department = Actor.of("kw-zjj", Role.DEPARTMENT);

    // Registered on Sunday 28 September 2025 at 10:00, days before the National Day holiday.
    Registration registration = Registration.of(CaseType.PETITION,
        CategoryTaxonomy.standard().require("dispute.property_management"),
        DivisionCode.parse("370705001001"));
    Case kase = apply(out, null, petition.register(CaseId.of("XF-2025-0917"),
        Command.register(office, registration), at("2025-09-28T10:00")));
    out.println("  must be routed by " + due(kase) + " (15 days)");

    kase = apply(out, kase, petition.decide(kase, Command.of("assign", office).withHandler("kw-zjj"),
        at("2025-09-30T16:00")));
    out.println("  must be handled by " + due(kase) + " (60 days from acceptance)");

    // The department's head extends once by 30 days, counted from the nominal end of the 60
    // (Sat Nov 29, not the rolled-forward Mon Dec 1); a second extension is refused.
    Actor head = Actor.of("kw-zjj-head", Role.HEAD_OF_BODY);
    kase = apply(out, kase, petition.decide(kase, Command.of("extend", head).withReason("a survey of the building"),
        at("2025-11-20T09:00")));
    out.println("  extended to " + due(kase));
    apply(out, kase, petition.decide(kase, Command.of("extend", head).withReason("more time"), at("2025-12-01T09:00")));

    // A citizen cannot reply for the department.
    apply(out, kase, petition.decide(kase, Command.of("reply", Actor.of("citizen", Role.CITIZEN)), at("2025-12-10T09:00")));

    kase = apply(out, kase, petition.decide(kase, Command.of("reply", department)
        .withReplyOutcome(ReplyOutcome.EXPLAIN), at("2025-12-18T15:30")));
    out.println("  review may be requested until " + due(kase, PetitionWorkflow.REVIEW_WINDOW));
    out.println("state " + kase.state().name() + " (" + kase.state().kind() + "), version " + kase.version());

    WorkCalendar calendar = petition.calendar();
    out.println("2025-10-01 is " + (calendar.isWorkingDay(java.time.LocalDate.of(2025, 10, 1)) ? "a working day" : "a holiday"));
  }

  private static Case apply(PrintStream out, Case kase, Decision decision) {
    if (decision.rejection().isPresent()) {
      out.println("refused: " + decision.rejection().get().message());
      return kase;
    }
    var event = decision.event();
    out.println(LocalDateTime.ofInstant(event.at(), WorkCalendar.ZONE).format(SHOWN) + "  " + event.command()
        + " -> " + event.to());
    return kase == null ? Case.start(event) : kase.apply(event);
  }

  private static String due(Case kase) {
    return kase.due().map(RunPetition::endOfDay).orElse("-");
  }

  private static String due(Case kase, String clock) {
    return kase.deadline(clock).map(d -> endOfDay(d.due())).orElse("-");
  }

  /** A calendar-day period ends at 24:00 of its last day (Civil Code art. 203); show it so. */
  private static String endOfDay(Instant due) {
    LocalDateTime local = LocalDateTime.ofInstant(due, WorkCalendar.ZONE);
    if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return local.toLocalDate().minusDays(1) + " 24:00";
    }
    return local.format(SHOWN);
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(WorkCalendar.ZONE).toInstant();
  }
}
