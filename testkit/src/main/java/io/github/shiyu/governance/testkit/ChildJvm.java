package io.github.shiyu.governance.testkit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the tests that kill a process mid-run: started with this test JVM's java and
 * everything on its module and class path, as one class path.
 */
public final class ChildJvm {

  private ChildJvm() {
  }

  /**
   * The command that runs a main class in a child JVM.
   *
   * @param main the class with the {@code main} method
   * @param args its arguments
   * @return the command, for {@link ProcessBuilder}
   */
  public static List<String> command(Class<?> main, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
        main.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The test's module and class path, as a class path for the child.
   *
   * @return the entries, each once, joined by the path separator
   */
  public static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, parts.stream().distinct().toList());
  }
}
