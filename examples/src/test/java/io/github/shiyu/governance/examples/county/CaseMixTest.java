package io.github.shiyu.governance.examples.county;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseType;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseMixTest {

  private static final List<Site> SITES = List.of(
      new Site("370705001001001", 1000, 119.10, 36.70, 119.11, 36.71),
      new Site("370705001004001", 3000, 119.11, 36.70, 119.12, 36.71));

  private static final CaseMix.Locator LOCATOR = (lng, lat) -> SITES.stream()
      .filter(s -> lng >= s.minLng() && lng < s.maxLng() && lat >= s.minLat() && lat < s.maxLat())
      .map(Site::grid).findFirst().or(Optional::empty);

  @Test
  void theSameSeedGivesTheSameYear() {
    assertThat(new CaseMix(Year.of(2025), 500).plan(SITES, LOCATOR, 7L))
        .isEqualTo(new CaseMix(Year.of(2025), 500).plan(SITES, LOCATOR, 7L))
        .isNotEqualTo(new CaseMix(Year.of(2025), 500).plan(SITES, LOCATOR, 8L));
  }

  @Test
  void aRealisticMixInsideTheYearAndTheGrids() {
    List<PlannedCase> year = new CaseMix(Year.of(2025), 10_000).plan(SITES, LOCATOR, 1L);
    assertThat(year).hasSize(10_000);
    assertThat(year).extracting(PlannedCase::number).startsWith(1, 2, 3).endsWith(10_000);
    assertThat(year).allSatisfy(p -> {
      assertThat(p.registeredAt().atZone(ZoneId.of("Asia/Shanghai")).getYear()).isEqualTo(2025);
      assertThat(LOCATOR.gridAt(p.lng(), p.lat())).contains(p.grid());
    });
    Map<CaseType, Long> types = year.stream().collect(Collectors.groupingBy(PlannedCase::type, Collectors.counting()));
    assertThat(types.get(CaseType.WORK_ORDER)).isBetween(5_800L, 6_600L);
    assertThat(types.get(CaseType.PRE_LITIGATION)).isBetween(100L, 300L);
    Map<String, Long> grids = year.stream().collect(Collectors.groupingBy(PlannedCase::grid, Collectors.counting()));
    assertThat(grids.get("370705001004001")).isGreaterThan(2 * grids.get("370705001001001"));
    long overdue = year.stream().filter(p -> p.story().pace() > 1).count();
    assertThat(overdue).isBetween(500L, 900L);
    assertThat(year.stream().filter(p -> p.story().reopened()).map(p -> p.story().mood()).distinct()
        .collect(Collectors.toMap(Function.identity(), m -> 1))).containsOnlyKeys(PlannedCase.Mood.DISSATISFIED);
  }
}
