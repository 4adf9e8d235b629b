package io.github.shiyu.governance.core.division;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DivisionDirectoryPropertiesTest {

  private static final DivisionDirectory TABLE = DivisionDirectory.embedded();
  private static final List<Division> ROWS = TABLE.stream().toList();

  /** Codes below a row of the table: the row itself or a township or village under it. */
  private static Gen<DivisionCode> codesUnderRows() {
    return integers().between(0, ROWS.size() - 1).zip(integers().between(0, 2),
        integers().between(1, 599), integers().between(1, 399), (i, depth, t, v) -> {
          DivisionCode row = ROWS.get(i).code();
          if (depth == 0 || row.level() == DivisionLevel.PROVINCE) {
            return row;
          }
          String prefix = row.value().substring(0, 6);
          return DivisionCode.parse(prefix + String.format("%03d", t)
              + (depth == 2 ? String.format("%03d", v) : "000"));
        });
  }

  @Test
  void theRealParentIsTheNearestNonPlaceholderAncestorInTheTable() {
    qt().withExamples(1000).forAll(codesUnderRows()).check(code -> {
      var parent = TABLE.parentOf(code);
      if (code.level() == DivisionLevel.PROVINCE) {
        return parent.isEmpty();
      }
      if (parent.isEmpty() || parent.get().isPlaceholder()
          || !parent.get().code().isAncestorOf(code)) {
        return false;
      }
      // nothing real lies between the code and its parent
      for (var up = code.parent(); up.isPresent() && !up.get().equals(parent.get().code());
          up = up.get().parent()) {
        var between = TABLE.find(up.get());
        if (between.isPresent() && !between.get().isPlaceholder()) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void ancestorsEndAtTheProvinceAndNeverListPlaceholders() {
    qt().withExamples(1000).forAll(codesUnderRows()).check(code -> {
      List<Division> ancestors = TABLE.ancestorsOf(code);
      if (code.level() == DivisionLevel.PROVINCE) {
        return ancestors.isEmpty();
      }
      Division top = ancestors.get(ancestors.size() - 1);
      return top.level() == DivisionLevel.PROVINCE
          && top.code().equals(code.ancestorAt(DivisionLevel.PROVINCE))
          && ancestors.stream().noneMatch(Division::isPlaceholder)
          && ancestors.stream().allMatch(a -> a.code().isAncestorOf(code));
    });
  }

  @Test
  void addedRowsBecomeChildrenOfTheirRealParent() {
    qt().withExamples(300).forAll(codesUnderRows())
        .check(code -> {
          if (TABLE.find(code).isPresent()) {
            return true;
          }
          Division added = Division.of(code, "新增" + code.shortValue());
          DivisionDirectory more = TABLE.with(List.of(added));
          Division parent = more.parentOf(code).orElseThrow();
          return more.children(parent.code()).contains(added)
              && more.find(code).equals(java.util.Optional.of(added))
              && more.size() == TABLE.size() + 1
              && TABLE.find(code).isEmpty();
        });
  }
}
