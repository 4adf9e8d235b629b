package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.division.DivisionCode;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code division}: normalises division codes and gives their level and structural parent.
 *
 * <pre>{@code
 * printf 'code\n429004\n' | java -jar governance-cli.jar division
 * # code,level,parent,error
 * # 429004000000,COUNTY,429000000000,
 * }</pre>
 */
public final class DivisionCommand implements Command {

  /** Creates the command. */
  public DivisionCommand() {}

  @Override
  public String name() {
    return "division";
  }

  @Override
  public String summary() {
    return "normalise division codes (6 or 12 digits); level and structural parent";
  }

  @Override
  public String help() {
    return """
        < in.csv
        In:  code              6-digit GB/T 2260 or 12-digit statistical division code
        Out: code,level,parent,error
             code    the code as 12 digits
             level   PROVINCE|CITY|COUNTY|TOWNSHIP|VILLAGE (from the zero digits)
             parent  the structural parent as 12 digits (truncate and zero-pad), empty for a province
             error   e.g. "division.length: expected 6 or 12 digits, got 5"
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of();
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    batch.mapRows(List.of("code"), List.of("code", "level", "parent"), row -> {
      DivisionCode code = DivisionCode.parse(row.get("code"));
      return List.of(code.value(), code.level().name(), code.parent().map(DivisionCode::value).orElse(""));
    });
    return GovernanceCli.OK;
  }
}
