package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.validation.ValidDivisionCode;
import io.github.shiyu.governance.validation.ValidPhoneNumber;
import io.github.shiyu.governance.validation.ValidResidentId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.Comparator;
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
   * A web form's fields as they arrive, checked with Jakarta Validation before parsing.
   *
   * @param applicantId the applicant's ID number
   * @param phone       a contact number
   * @param community   the community's division code
   */
  public record ComplaintForm(@ValidResidentId String applicantId, @ValidPhoneNumber String phone,
      @ValidDivisionCode String community) {}

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
    out.println("a number with a wrong check character -> "
        + ResidentId.check("110105194912310021").map(Enum::name).orElse("valid"));
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

    // Jakarta Validation on a form (Hibernate Validator runs as a module); the messages name the
    // rule broken, never the value.
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var form = new ComplaintForm("110105194912310021", "1381234567", "370705001001");
      factory.getValidator().validate(form).stream()
          .sorted(Comparator.comparing((ConstraintViolation<ComplaintForm> v) -> v.getPropertyPath().toString()))
          .forEach(v -> out.println("form." + v.getPropertyPath() + ": " + v.getMessage()));
    }

    // The full value leaves only through an explicit call, e.g. to send an SMS.
    out.println("revealed for the SMS gateway: " + mobile.reveal().length() + " digits");
  }
}
