package io.github.shiyu.governance.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DivisionDirectoryTest {

  private static final DivisionDirectory TABLE = DivisionDirectory.embedded();

  private static DivisionCode code(String text) {
    return DivisionCode.parse(text);
  }

  private static String nameOf(java.util.Optional<Division> division) {
    return division.map(Division::name).orElse("<none>");
  }

  private static List<String> codes(List<Division> divisions) {
    return divisions.stream().map(d -> d.code().shortValue()).toList();
  }

  @Test
  void theEmbeddedTableIsNbs2023DownToCounties() {
    assertThat(TABLE.version()).isEqualTo("nbs-2023");
    Map<DivisionLevel, Long> byLevel = TABLE.stream()
        .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
    assertThat(byLevel).containsEntry(DivisionLevel.PROVINCE, 31L)
        .containsEntry(DivisionLevel.CITY, 342L)
        .containsEntry(DivisionLevel.COUNTY, 2975L)
        .doesNotContainKeys(DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE);
    assertThat(TABLE.size()).isEqualTo(3348);
    assertThat(TABLE.stream().map(Division::code).toList()).isSorted();
    assertThat(DivisionDirectory.embedded()).isSameAs(TABLE);
  }

  @Test
  void realParentsSkipPlaceholders() {
    assertThat(nameOf(TABLE.parentOf(code("429004000000")))).isEqualTo("湖北省");
    assertThat(TABLE.parentOf(code("429004")).orElseThrow().code()).isEqualTo(code("420000"));
    assertThat(TABLE.parentOf(code("110101")).orElseThrow().code()).isEqualTo(code("110000"));
    assertThat(nameOf(TABLE.parentOf(code("500229")))).isEqualTo("重庆市");
    assertThat(nameOf(TABLE.parentOf(code("469001")))).isEqualTo("海南省");
    assertThat(nameOf(TABLE.parentOf(code("420102")))).isEqualTo("武汉市");
    assertThat(TABLE.parentOf(code("420000"))).isEmpty();
    // while the structural parent keeps the placeholder
    assertThat(code("429004000000").parent()).contains(code("429000000000"));
    assertThat(code("110101001000").parent()).contains(code("110101000000"));
    assertThat(TABLE.find(code("110100")).orElseThrow().isPlaceholder()).isTrue();
    assertThat(TABLE.find(code("429000")).orElseThrow().isPlaceholder()).isTrue();
    assertThat(TABLE.find(code("420100")).orElseThrow().isPlaceholder()).isFalse();
    assertThat(TABLE.ancestorsOf(code("110101001001"))).extracting(Division::name)
        .containsExactly("东城区", "北京市");
  }

  @Test
  void childrenSkipPlaceholdersButPlaceholdersListTheirRows() {
    List<String> beijing = codes(TABLE.children(code("110000")));
    assertThat(beijing).hasSize(16).startsWith("110101", "110102").doesNotContain("110100");
    assertThat(codes(TABLE.children(code("110100")))).isEqualTo(beijing);
    List<String> hubei = codes(TABLE.children(code("420000")));
    assertThat(hubei).contains("420100", "429004", "429005", "429006", "429021")
        .doesNotContain("429000");
    assertThat(codes(TABLE.children(code("429000"))))
        .containsExactly("429004", "429005", "429006", "429021");
  }

  @Test
  void dongguanHasNoCountiesAndItsTownshipsHangFromTheCity() {
    Division dongguan = TABLE.require(code("441900"));
    assertThat(dongguan.name()).isEqualTo("东莞市");
    assertThat(dongguan.level()).isEqualTo(DivisionLevel.CITY);
    assertThat(TABLE.children(code("441900"))).isEmpty();
    assertThat(TABLE.find(code("441900"))).isPresent();
    assertThat(TABLE.stream().filter(d -> d.code().shortValue().startsWith("4419")))
        .containsExactly(dongguan);
    DivisionDirectory withTownships = TABLE.with(List.of(
        Division.of(code("441900003000"), "东城街道"),
        Division.of(code("441900004000"), "南城街道"),
        Division.of(code("441900101000"), "石碣镇")));
    assertThat(withTownships.parentOf(code("441900003000"))).contains(dongguan);
    assertThat(withTownships.parentOf(code("441900101000"))).contains(dongguan);
    assertThat(codes(withTownships.children(code("441900"))))
        .containsExactly("441900", "441900", "441900");
    assertThat(withTownships.children(code("441900")))
        .extracting(Division::name).containsExactly("东城街道", "南城街道", "石碣镇");
    assertThat(withTownships.version()).isEqualTo(TABLE.version());
    assertThat(TABLE.find(code("441900003000"))).isEmpty();
    // a township not in the table still rolls up to the city
    assertThat(TABLE.parentOf(code("441900003000"))).contains(dongguan);
  }

  @Test
  void namesRepeatAcrossProvinces() {
    assertThat(codes(TABLE.findByName("朝阳区"))).containsExactly("110105", "220104");
    assertThat(TABLE.findByName("市辖区")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(TABLE.findByName("新华区").size()).isGreaterThan(1);
    assertThat(TABLE.findByName("不存在区")).isEmpty();
  }

  @Test
  void developmentZonesAreLoaded() {
    Division zone = TABLE.require(code("130171"));
    assertThat(zone.name()).isEqualTo("石家庄高新技术产业开发区");
    assertThat(zone.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(nameOf(TABLE.parentOf(zone.code()))).isEqualTo("石家庄市");
    assertThat(TABLE.stream().filter(d -> d.level() == DivisionLevel.COUNTY)
        .filter(d -> d.code().part(DivisionLevel.COUNTY) / 10 == 7).count())
        .isGreaterThan(100);
  }

  @Test
  void everyRowHasARealParentOneOrTwoLevelsUp() {
    TABLE.stream().filter(d -> d.level() != DivisionLevel.PROVINCE).forEach(d -> {
      Division parent = TABLE.parentOf(d.code()).orElseThrow();
      assertThat(parent.isPlaceholder()).as(d.toString()).isFalse();
      assertThat(parent.code().isAncestorOf(d.code())).as(d.toString()).isTrue();
      if (!d.isPlaceholder()) {
        assertThat(TABLE.children(parent.code())).as(d.toString()).contains(d);
      }
    });
  }

  @Test
  void missingCodesAreReported() {
    assertThatThrownBy(() -> TABLE.require(code("429099")))
        .isInstanceOf(MissingDataException.class)
        .hasMessage("division.missing: code table nbs-2023 has no division 429099000000");
  }

  @Test
  void vendorTablesLoadWithOrWithoutHeader() {
    String csv = """
        # a vendor's table
        code,name,level,remark
        420000,湖北省,PROVINCE,
        429000000000,"省直辖县级行政区划",city,x
        429004,仙桃市,,
        429004001000,"沙嘴街道",TOWNSHIP,"quoted, with comma"

        429004001001,"新街""社区""\",VILLAGE,
        """;
    DivisionDirectory vendor = DivisionDirectory.read(new StringReader(csv), "vendor-2024-01");
    assertThat(vendor.version()).isEqualTo("vendor-2024-01");
    assertThat(vendor.size()).isEqualTo(5);
    assertThat(nameOf(vendor.find(code("429004001001")))).isEqualTo("新街\"社区\"");
    assertThat(nameOf(vendor.parentOf(code("429004001001")))).isEqualTo("沙嘴街道");
    assertThat(nameOf(vendor.parentOf(code("429004")))).isEqualTo("湖北省");
    DivisionDirectory bare = DivisionDirectory.read(
        new StringReader("\uFEFF420000,湖北省\n429004,仙桃市\n"), "bare");
    assertThat(bare.stream().map(Division::name)).containsExactly("湖北省", "仙桃市");
  }

  @Test
  void badRowsAreReportedWithTheirLineNumbers() {
    Function<String, String> error = csv -> {
      try {
        DivisionDirectory.read(new StringReader(csv), "v1");
        return "no error";
      } catch (InvalidValueException e) {
        assertThat(e.code()).isSameAs(DivisionErrors.CSV_ROW);
        return e.getMessage();
      }
    };
    assertThat(error.apply("code,name\n420000,湖北省\n42900,仙桃\n")).isEqualTo(
        "division.csv_row: line 3 of code table v1:"
            + " division.length: expected 6 or 12 digits, got 5");
    assertThat(error.apply("420000,湖北省\n\n# x\n429004,\n")).isEqualTo(
        "division.csv_row: line 4 of code table v1:"
            + " division.name: the name of division 429004000000 is blank");
    assertThat(error.apply("420000,湖北省,CITY\n")).isEqualTo(
        "division.csv_row: line 1 of code table v1: division.level_mismatch:"
            + " division 420000000000 is given level CITY but its code is at level PROVINCE");
    assertThat(error.apply("420000,湖北省,STATE\n")).isEqualTo(
        "division.csv_row: line 1 of code table v1: unknown level 'STATE'");
    assertThat(error.apply("420000,湖北省\n420000000000,湖北\n")).isEqualTo(
        "division.csv_row: line 2 of code table v1: division.duplicate:"
            + " code 420000000000 appears twice");
    assertThat(error.apply("420000\n")).isEqualTo(
        "division.csv_row: line 1 of code table v1: expected at least 2 columns, got 1");
    assertThat(error.apply("420000,\"湖北省\n")).isEqualTo(
        "division.csv_row: line 1 of code table v1: a quoted field is not closed");
    assertThat(error.apply("code,title\n")).isEqualTo(
        "division.csv_row: line 1 of code table v1: the header has no 'name' column");
  }

  @Test
  void duplicatesInOfAreRejected() {
    Division hubei = Division.of(code("420000"), "湖北省");
    assertThatThrownBy(() -> DivisionDirectory.of("v", List.of(hubei, hubei)))
        .hasMessage("division.duplicate: code 420000000000 appears twice");
    assertThat(DivisionDirectory.of("v", List.of(hubei)).find(code("420000"))).contains(hubei);
  }

  @Test
  void divisionsCheckTheirLevel() {
    assertThatThrownBy(() -> new Division(code("429004"), "仙桃市", DivisionLevel.CITY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("division.level_mismatch: division 429004000000 is given level CITY"
            + " but its code is at level COUNTY");
    assertThat(Division.of(code("429004"), " 仙桃市 ").name()).isEqualTo("仙桃市");
  }
}
