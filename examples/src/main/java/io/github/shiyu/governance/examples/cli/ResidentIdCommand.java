package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.party.ResidentId;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code resident-id}: checks citizen ID numbers (GB 11643) without ever echoing them: each
 * output row names its input row by number.
 *
 * <pre>{@code
 * printf 'id\n11010519491231002X\n110105194912310021\n' | java -jar governance-cli.jar resident-id
 * # row,valid,reason,error
 * # 1,true,,
 * # 2,false,CHECK_CHARACTER,
 * }</pre>
 */
public final class ResidentIdCommand implements Command {

  /** Creates the command. */
  public ResidentIdCommand() {}

  @Override
  public String name() {
    return "resident-id";
  }

  @Override
  public String summary() {
    return "check citizen ID numbers (GB 11643); never echoes them";
  }

  @Override
  public String help() {
    return """
        < in.csv
        In:  id                an 18-character citizen ID number (15-digit legacy numbers are converted)
        Out: row,valid,reason,error
             row     the input row's number (1 = first row after the header); the number itself is
                     personal data and is never written
             valid   true|false
             reason  for an invalid number: LENGTH|CHARACTER|REGION|BIRTH_DATE|CHECK_CHARACTER
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of();
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    batch.mapRows(List.of("id"), List.of("row", "valid", "reason"), row -> {
      Optional<ResidentId.Problem> problem = ResidentId.check(row.get("id"));
      return List.of(Long.toString(row.number()), Boolean.toString(problem.isEmpty()),
          problem.map(Enum::name).orElse(""));
    });
    return GovernanceCli.OK;
  }
}
