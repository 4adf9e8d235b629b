package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Validate and mask personal data: parse a citizen ID number and phone numbers, see what
 * {@code toString} shows (masked), why a bad number is rejected, and tighten the masking.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.ValidateAndMaskPersonalData
 * }</pre>
 */
public final class ValidateAndMaskPersonalData {

  private ValidateAndMaskPersonalData() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // The sample number of GB 11643 itself, not a real person's.
    ResidentId id = ResidentId.parse("11010519491231002X");
    out.println("ID number, as toString shows it: " + id);
    out.println("born " + id.birthDate() + ", sex " + id.sex() + ", issued in " + id.regionCode());

    // Checking without exceptions: the problem names the rule broken.
    out.println("110105194912310021 -> " + ResidentId.check("110105194912310021").map(Enum::name).orElse("valid"));
    try {
      ResidentId.parse("110105194902300021");
    } catch (InvalidValueException e) {
      // The message never contains the number itself.
      out.println("rejected: " + e.code().id() + " / " + e.localizedMessage(Locale.CHINA));
    }

    PhoneNumber mobile = PhoneNumber.parse("13812345678");
    PhoneNumber landline = PhoneNumber.parse("0536-8234567");
    out.println("phones: " + mobile + ", " + landline);

    Party applicant = Party.person("欧阳娜娜", PartyRole.APPLICANT).withResidentId(id).withPhone(mobile);
    out.println("party: " + applicant);

    // A stricter display policy, e.g. for a screen the public can see.
    MaskingPolicy strict = MaskingPolicy.builder()
        .residentId(3, 1)
        .phone(3, 2)
        .names(MaskingPolicy.NameMasking.ALL)
        .build();
    out.println("strict: " + strict.mask(id) + ", " + strict.mask(mobile) + ", " + strict.maskName(applicant.name()));

    // The full value leaves only through an explicit call, e.g. to send an SMS.
    out.println("revealed for the SMS gateway: " + mobile.reveal().length() + " digits");
  }
}
