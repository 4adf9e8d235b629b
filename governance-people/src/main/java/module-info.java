/**
 * Shiyu people: key populations under supervision and the grid worker's duties.
 *
 * <p>Registers of persons under a programme (the seven non-custodial categories, key minors)
 * whose level changes are events with replay, versions and idempotency; visit schedules as
 * working-day aware policy; a monitor of due and overdue visits that raises a grid incident
 * through the case engine's standard workflow; the grid worker's seven duties, visit records
 * forming the 民情日记 ({@code GridDiary}) and household coverage as a metric of the metrics
 * module; access by role and purpose with an access log; retention and anonymisation of stored
 * events. Depends on core, cases and metrics, not on grid. Implementation lives in the
 * unexported {@code internal} package.
 *
 * <pre>{@code
 * SupervisionRegister register = SupervisionRegister.inMemory();
 * register.enrol(person, "office", Instant.now(), "enrol-1");
 * register.changeLevel(person.id(), 1, PopulationTaxonomy.STRICT, "violation", "office", now, "lvl-1");
 * }</pre>
 */
module io.github.shiyu.governance.people {
  requires transitive io.github.shiyu.governance.core;
  requires transitive io.github.shiyu.governance.cases;
  requires transitive io.github.shiyu.governance.metrics;

  exports io.github.shiyu.governance.people;
}
