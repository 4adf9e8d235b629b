package io.github.shiyu.governance.examples;

/**
 * The quickstart: the README's first command runs this class on the module path.
 *
 * <p>Placeholder until the sample county lands (issue 7): it only proves that the modules
 * resolve on the module path and says so.
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Module module = Quickstart.class.getModule();
    System.out.println("Shiyu quickstart placeholder: running as module '" + module.getName()
        + "'. The sample county arrives with the examples issue.");
  }
}
