package io.github.shiyu.governance.grid.team;

/**
 * The roles of a grid team in the 1+2+N+X model: 1 instructor; 2 = a leader and a full-time
 * grid worker; N = department staff assigned down to the grid; X = volunteers, property
 * staff and residents. Part-time grid workers help where there is no full-time one.
 *
 * <pre>{@code
 * TeamMember.of("w-17", "张三", GridRole.FULL_TIME_WORKER);
 * }</pre>
 */
public enum GridRole {
  /** 网格指导员: guides several grids, usually a township cadre (the "1"). */
  INSTRUCTOR,
  /** 网格长: leads the grid team (one of the "2"). */
  LEADER,
  /** 专职网格员: the person responsible for the grid (one of the "2"; one person per grid). */
  FULL_TIME_WORKER,
  /** 兼职网格员: a part-time grid worker. */
  PART_TIME_WORKER,
  /** 下沉部门人员: staff of a department assigned down to the grid (the "N"). */
  DEPARTMENT_LIAISON,
  /** 志愿者 / 物业 / 热心群众: volunteers, property staff, residents (the "X"). */
  VOLUNTEER
}
