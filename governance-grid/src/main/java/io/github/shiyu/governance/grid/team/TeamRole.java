package io.github.shiyu.governance.grid.team;

/**
 * The role of a member of a grid team in the 1+2+N+X model: 1 grid instructor; 2 = a grid
 * leader and a full-time grid worker; N = department liaisons assigned down to the grid;
 * X = volunteers, property staff and residents. Part-time grid workers help where there is
 * no full-time one.
 *
 * <p>The names are the glossary's: {@code GridInstructor}, {@code GridLeader},
 * {@code GridWorker} ({@code FULL_TIME / PART_TIME}), {@code DepartmentLiaison},
 * {@code Volunteer}. A case actor working as a grid worker acts in the cases module's role
 * {@code GRID_WORKER}, which either kind of grid worker may hold.
 *
 * <pre>{@code
 * TeamMember.of("w-17", "张三", TeamRole.GRID_WORKER_FULL_TIME);
 * TeamRole.GRID_WORKER_PART_TIME.isGridWorker();   // true
 * }</pre>
 */
public enum TeamRole {
  /** 网格指导员: guides several grids, usually a township cadre (the "1"). */
  GRID_INSTRUCTOR,
  /** 网格长: leads the grid team (one of the "2"). */
  GRID_LEADER,
  /** 专职网格员: the person responsible for the grid (one of the "2"; one person per grid). */
  GRID_WORKER_FULL_TIME,
  /** 兼职网格员: a part-time grid worker. */
  GRID_WORKER_PART_TIME,
  /** 下沉部门人员: staff of a department assigned down to the grid (the "N"). */
  DEPARTMENT_LIAISON,
  /** 志愿者 / 物业 / 热心群众: volunteers, property staff, residents (the "X"). */
  VOLUNTEER;

  /**
   * Whether this is a grid worker (网格员), full-time or part-time.
   *
   * @return {@code true} for {@link #GRID_WORKER_FULL_TIME} and {@link #GRID_WORKER_PART_TIME}
   */
  public boolean isGridWorker() {
    return this == GRID_WORKER_FULL_TIME || this == GRID_WORKER_PART_TIME;
  }
}
