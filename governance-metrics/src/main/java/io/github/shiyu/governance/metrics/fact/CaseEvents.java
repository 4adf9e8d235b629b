package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Folds a case's events (governance-cases) into its {@link CaseFact}, reading only what the
 * events carry (their tags, instants, due instants, handler, rating and the registration),
 * never the workflow. Events may come in any order and more than once: they are put in
 * sequence order and the contiguous history from the registration (sequence 1) is folded, so
 * a late event changes the fact only once the events before it are there.
 *
 * <p>The fold, tag by tag:
 * <ul>
 *   <li>registration (sequence 1): type, category, division, grid, registered_at;
 *       repeat = {@link Registration#repeatOf()} is present; person-visits =
 *       {@link Registration#personVisits()} (人次, counted at the reception desk: the parties
 *       named are not the people who came, a group of five sends one representative's name);</li>
 *   <li>{@code ACCEPTANCE}, {@code DISPATCH} or {@code ACKNOWLEDGEMENT}: accepted (the first
 *       one; a work order is taken on by dispatching it); a case concluded without any of
 *       them counts as accepted at its conclusion;</li>
 *   <li>{@code CONCLUSION} or {@code RESOLVED_ON_SPOT}: concluded (the last one), with the
 *       due instant of that event (so an approved extension counts);
 *       {@code RESOLVED_ON_SPOT} and {@code AGREEMENT} mark it resolved;</li>
 *   <li>{@code REOPENING}: reopened; the conclusion, closing, resolution and follow-up
 *       before it are cleared until the case concludes again;</li>
 *   <li>judicial confirmation of the last agreement: {@code CONFIRMATION_REQUEST} applied
 *       (the workflow accepts it only inside the 30-day window, so in the window),
 *       {@code JUDICIAL_CONFIRMATION} confirmed, {@code CONFIRMATION_REFUSAL} refused; a later
 *       {@code AGREEMENT} starts again from not applied;</li>
 *   <li>{@code FOLLOW_UP}: followed up;
 *       {@code RATING}: the last rating; {@code RETURN}: returned; {@code ESCALATION}:
 *       escalated; {@code FILING}: litigated; {@code ACKNOWLEDGEMENT}: responded;
 *       {@code CLOSURE} of a concluded case: closed;</li>
 *   <li>{@code EXPERT_JOINED}: the fields of the experts who joined (the event's
 *       handling lists them; a reopening keeps them);</li>
 *   <li>department: the last handler set; due: the last event's due instant when not
 *       concluded.</li>
 * </ul>
 * Events carry no citizen statement that the matter is solved: solved is taken as a rating
 * other than dissatisfied (write case facts directly when it is known).
 *
 * <pre>{@code
 * Optional<CaseFact> fact = CaseEvents.fold(service.history(id));
 * fact.ifPresent(accumulator::add);
 * }</pre>
 */
public final class CaseEvents {

  private CaseEvents() {
  }

  /**
   * Folds one case's events.
   *
   * @param events the events of one case, in any order, duplicates allowed
   * @return the fact, empty while the registration has not arrived
   * @throws InvalidValueException {@code metrics.fact} if the events belong to several cases
   *     or two different events share a sequence number
   */
  public static Optional<CaseFact> fold(Collection<CaseEvent> events) {
    List<CaseEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(CaseEvent::sequence));
    List<CaseEvent> history = new ArrayList<>();
    CaseId id = null;
    for (CaseEvent e : sorted) {
      if (id == null) {
        id = e.caseId();
      } else if (!id.equals(e.caseId())) {
        throw new InvalidValueException(MetricErrors.FACT, id.value(),
            "events of another case mixed in: " + e.caseId().value());
      }
      if (!history.isEmpty() && history.get(history.size() - 1).sequence() == e.sequence()) {
        if (!history.get(history.size() - 1).equals(e)) {
          throw new InvalidValueException(MetricErrors.FACT, id.value(),
              "two different events with sequence " + e.sequence());
        }
        continue;
      }
      if (e.sequence() != history.size() + 1) {
        break; // a gap: fold what is contiguous
      }
      history.add(e);
    }
    if (history.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(foldHistory(history));
  }

  private static List<String> experts(CaseEvent last) {
    List<ExpertField> fields = last.handling().experts();
    if (fields.isEmpty()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>(fields.size());
    fields.forEach(f -> codes.add(f.code()));
    return codes;
  }

  private static CaseFact foldHistory(List<CaseEvent> history) {
    CaseEvent first = history.get(0);
    Registration r = first.registration().orElseThrow(() -> new InvalidValueException(
        MetricErrors.FACT, first.caseId().value(), "the first event carries no registration"));
    CaseCategory category = r.category();
    CaseFact.Builder b = CaseFact.builder(first.caseId(), r.type(), category, r.division(),
        first.at());
    r.grid().ifPresent(b::grid);
    Instant accepted = null;
    Instant concluded = null;
    Instant dueAtConclusion = null;
    Instant closed = null;
    boolean resolved = false;
    JudicialConfirmation confirmation = JudicialConfirmation.NOT_APPLIED;
    boolean followedUp = false;
    boolean reopened = false;
    boolean returned = false;
    boolean escalated = false;
    boolean litigated = false;
    boolean responded = false;
    Rating rating = null;
    String handler = null;
    for (CaseEvent e : history) {
      if (accepted == null && (e.has(EventTag.ACCEPTANCE) || e.has(EventTag.DISPATCH)
          || e.has(EventTag.ACKNOWLEDGEMENT))) {
        accepted = e.at();
      }
      if (e.has(EventTag.REOPENING)) {
        reopened = true;
        concluded = null;
        closed = null;
        resolved = false;
        confirmation = JudicialConfirmation.NOT_APPLIED;
        followedUp = false;
      }
      if (e.has(EventTag.CONCLUSION) || e.has(EventTag.RESOLVED_ON_SPOT)) {
        concluded = e.at();
        dueAtConclusion = e.due().orElse(null);
      }
      if (e.has(EventTag.AGREEMENT) || e.has(EventTag.RESOLVED_ON_SPOT)) {
        resolved = true;
        // a new agreement (after a refusal, mediated again) is not applied for yet
        confirmation = JudicialConfirmation.NOT_APPLIED;
      }
      if (e.has(EventTag.CONFIRMATION_REQUEST)) {
        confirmation = JudicialConfirmation.APPLIED;
      }
      if (e.has(EventTag.JUDICIAL_CONFIRMATION)) {
        confirmation = JudicialConfirmation.CONFIRMED;
      }
      if (e.has(EventTag.CONFIRMATION_REFUSAL)) {
        confirmation = JudicialConfirmation.REFUSED;
      }
      followedUp |= e.has(EventTag.FOLLOW_UP);
      returned |= e.has(EventTag.RETURN);
      escalated |= e.has(EventTag.ESCALATION);
      litigated |= e.has(EventTag.FILING);
      responded |= e.has(EventTag.ACKNOWLEDGEMENT);
      if (e.has(EventTag.RATING) && e.rating().isPresent()) {
        rating = e.rating().get();
      }
      if (e.has(EventTag.CLOSURE) && concluded != null) {
        closed = e.at();
      }
      if (e.handler().isPresent()) {
        handler = e.handler().get();
      }
    }
    CaseEvent last = history.get(history.size() - 1);
    boolean isConcluded = concluded != null;
    if (isConcluded && accepted == null) {
      accepted = concluded;
    }
    Instant due = isConcluded ? dueAtConclusion : last.due().orElse(null);
    if (accepted != null) {
      b.acceptedAt(accepted);
    }
    if (due != null) {
      b.dueAt(due);
    }
    if (isConcluded) {
      b.concludedAt(concluded);
    }
    if (closed != null) {
      b.closedAt(closed);
    }
    if (rating != null) {
      b.rating(rating);
    }
    if (handler != null) {
      b.departmentId(handler);
    }
    return b.resolved(resolved && isConcluded)
        .confirmation(resolved && isConcluded ? confirmation : JudicialConfirmation.NOT_APPLIED)
        .followedUp(followedUp && isConcluded)
        .solved(rating != null && rating != Rating.DISSATISFIED)
        .responded(responded).reopened(reopened).returned(returned).escalated(escalated)
        .litigated(litigated)
        .experts(experts(last))
        .repeat(r.repeatOf().isPresent())
        .personVisits(r.personVisits())
        .build();
  }
}
