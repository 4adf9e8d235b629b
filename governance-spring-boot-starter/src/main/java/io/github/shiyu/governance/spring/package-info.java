/**
 * The governance SDK in Spring Boot 4: {@link io.github.shiyu.governance.spring.ShiyuAutoConfiguration}
 * wires the calendar, divisions, workflows, store, service, monitor, grid, routing, JSON,
 * meters and health from the {@code shiyu.*} {@link io.github.shiyu.governance.spring.ShiyuProperties};
 * {@link io.github.shiyu.governance.spring.CaseCommands} is the way in for commands.
 */
package io.github.shiyu.governance.spring;
