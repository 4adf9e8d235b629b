/**
 * Shiyu people: key populations under supervision.
 *
 * <p>Registers of persons under a programme (the seven non-custodial categories, key minors)
 * whose level changes are events with replay, versions and idempotency; visit schedules as
 * working-day aware policy; a monitor of due and overdue visits that raises a grid incident
 * through the case engine's standard workflow. Depends on core and cases, not on grid.
 *
 * <pre>{@code
 * SupervisionRegister register = SupervisionRegister.inMemory();
 * register.enrol(person, Instant.now(), "enrol-1");
 * register.changeLevel(person.id(), 1, PopulationTaxonomy.STRICT, "violation", now, "lvl-1");
 * }</pre>
 */
module io.github.shiyu.governance.people {
  requires transitive io.github.shiyu.governance.core;
  requires transitive io.github.shiyu.governance.cases;

  exports io.github.shiyu.governance.people;
}
