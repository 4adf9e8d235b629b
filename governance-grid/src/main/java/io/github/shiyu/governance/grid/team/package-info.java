/**
 * Grid teams (网格团队) in the 1+2+N+X model and how they must be staffed.
 *
 * <ul>
 *   <li>{@link io.github.shiyu.governance.grid.team.GridTeam} of
 *       {@link io.github.shiyu.governance.grid.team.TeamMember}s, each in a role;</li>
 *   <li>{@link io.github.shiyu.governance.grid.team.StaffingTemplate} (1+2+N+X), giving
 *       {@link io.github.shiyu.governance.grid.team.StaffingGap}s per team and a
 *       {@link io.github.shiyu.governance.grid.team.VacancyReport} per layer.</li>
 * </ul>
 *
 * <pre>{@code
 * GridTeam team = GridTeam.of(code, TeamMember.of("w-17", "张三", role));
 * VacancyReport report = StaffingTemplate.oneTwoNX().vacancies(layer, List.of(team));
 * }</pre>
 */
package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.grid.Grid;
