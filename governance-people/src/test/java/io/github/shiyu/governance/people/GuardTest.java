package io.github.shiyu.governance.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The guard is on every test class of the module, and it does find what it looks for. */
@ExtendWith(SensitiveTextGuard.class)
class GuardTest {

  @Test
  void everyTestClassCarriesTheGuard() throws IOException, ClassNotFoundException {
    Path dir = Path.of("target", "test-classes", "io", "github", "shiyu", "governance", "people");
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("Test.class")).toList();
    }
    assertThat(names).hasSizeGreaterThan(8);
    for (String n : names) {
      Class<?> c = Class.forName("io.github.shiyu.governance.people."
          + n.substring(0, n.length() - ".class".length()));
      ExtendWith ext = c.getAnnotation(ExtendWith.class);
      assertThat(ext).as("%s carries @ExtendWith(SensitiveTextGuard.class)", c.getSimpleName())
          .isNotNull();
      assertThat(Arrays.asList(ext.value())).contains(SensitiveTextGuard.class);
    }
  }

  @Test
  void theScanFindsPlantedValues() {
    SensitiveTextGuard.sensitive("王小明");
    assertThat(SensitiveTextGuard.scan(List.of("visited 王小明 today"))).hasSize(1);
    assertThat(SensitiveTextGuard.scan(List.of("id 37070519800101001X"))).hasSize(1);
    assertThat(SensitiveTextGuard.scan(List.of("call 13912345678"))).hasSize(1);
    assertThat(SensitiveTextGuard.scan(List.of("KW-0001 grid 370705001001001 张*三 139****5678")))
        .isEmpty();
  }
}
