package io.github.shiyu.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.core.category.CategoryErrors;
import io.github.shiyu.governance.core.division.DivisionErrors;
import io.github.shiyu.governance.core.grid.GridErrors;
import io.github.shiyu.governance.core.org.OrgErrors;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error codes of the places, categories and organisations packages. */
class PlacesErrorCodesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void idsAreUniquePrefixedAndBothLanguagesUseTheSameArguments() throws IllegalAccessException {
    List<ErrorCode> codes = new ArrayList<>();
    codes.addAll(codes(DivisionErrors.class, "division."));
    codes.addAll(codes(GridErrors.class, "grid."));
    codes.addAll(codes(CategoryErrors.class, "category."));
    codes.addAll(codes(OrgErrors.class, "org."));
    Set<String> ids = new HashSet<>();
    for (ErrorCode code : codes) {
      assertThat(ids.add(code.id())).as(code.id()).isTrue();
      assertThat(placeholders(code.chinese())).as(code.id())
          .isEqualTo(placeholders(code.english()));
      assertThat(code.english()).as(code.id()).doesNotContain("''");
    }
    assertThat(codes).hasSizeGreaterThan(15);
  }

  private static List<ErrorCode> codes(Class<?> holder, String prefix)
      throws IllegalAccessException {
    List<ErrorCode> out = new ArrayList<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ErrorCode.class) {
        ErrorCode code = (ErrorCode) field.get(null);
        assertThat(code.id()).startsWith(prefix);
        out.add(code);
      }
    }
    return out;
  }

  private static Set<String> placeholders(String template) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
