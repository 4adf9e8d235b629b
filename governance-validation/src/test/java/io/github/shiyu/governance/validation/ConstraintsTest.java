package io.github.shiyu.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the constraints under Hibernate Validator, a named module on the module path. */
class ConstraintsTest {

  record Applicant(
      @NotNull @ValidResidentId String residentId,
      @ValidPhoneNumber String phone,
      @ValidPhoneNumber(kinds = PhoneNumber.Kind.MOBILE) String sms,
      @ValidCreditCode String employer,
      @ValidResidentId(message = "身份证号有误") String guardian,
      List<@ValidPhoneNumber String> otherPhones) {
  }

  record Incident(
      @ValidDivisionCode String division,
      @ValidDivisionCode(levels = DivisionLevel.VILLAGE) String community,
      @ValidGridCode String grid) {
  }

  private static ValidatorFactory factory;

  @BeforeAll
  static void open() {
    // An application opens its own constrained packages to the provider; this test's records
    // live in an exported (not open) package of the SDK, so the test opens it at run time.
    Module self = ConstraintsTest.class.getModule();
    ModuleLayer.boot().findModule("org.hibernate.validator")
        .ifPresent(hv -> self.addOpens(ConstraintsTest.class.getPackageName(), hv));
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Validator validator(Locale locale) {
    MessageInterpolator standard = factory.getMessageInterpolator();
    return factory.usingContext().messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return standard.interpolate(template, context, locale);
      }
    }).getValidator();
  }

  private static final Applicant VALID = new Applicant("11010519491231002X", "027-87654321",
      "13812345678", "91330100716105852F", null, List.of("+86 138 1234 5678"));

  @Test
  void providerIsHibernateValidatorAsANamedModule() {
    assertThat(factory.getValidator().getClass().getModule().getName())
        .isEqualTo("org.hibernate.validator");
  }

  @Test
  void validValuesPass() {
    assertThat(validator(Locale.ENGLISH).validate(VALID)).isEmpty();
    assertThat(validator(Locale.ENGLISH).validate(new Applicant("11010519491231002X", null,
        null, null, null, List.of()))).isEmpty();
  }

  @Test
  void eachViolationNamesTheRuleInEnglish() {
    Applicant bad = new Applicant("110105194912310021", "12345", "027-87654321",
        "91330100716105852E", "11010519491231002", List.of("138-1234-567"));
    assertThat(messages(validator(Locale.ENGLISH).validate(bad))).containsExactlyInAnyOrder(
        "employer: unified social credit code: the check character does not match",
        "guardian: 身份证号有误",
        "otherPhones[0].<list element>: phone number: expected 11 digits for a mobile,"
            + " or an area code and 7-8 digits for a landline",
        "phone: phone number: expected 11 digits for a mobile, or an area code and 7-8 digits"
            + " for a landline",
        "residentId: resident ID number: the check character does not match",
        "sms: phone number: must be one of [MOBILE]");
  }

  @Test
  void andInChinese() {
    Applicant bad = new Applicant("990105194912310021", "12812345678", null,
        "B1330100716105852F", null, List.of());
    assertThat(messages(validator(Locale.SIMPLIFIED_CHINESE).validate(bad)))
        .containsExactlyInAnyOrder(
            "employer: 统一社会信用代码第1位不是有效的登记管理部门代码",
            "phone: 手机号码应以13-19开头，固定电话应以区号0开头",
            "residentId: 公民身份号码第1-6位不是有效的行政区划代码");
  }

  @Test
  void violationsNeverCarryTheValueInTheirMessage() {
    Applicant bad = new Applicant("110105194912310021", "13812345678x", null, null, null,
        List.of());
    for (ConstraintViolation<Applicant> v : validator(Locale.ENGLISH).validate(bad)) {
      assertThat(v.getMessage()).doesNotContain("19491231").doesNotContain("1234");
    }
  }

  @Test
  void bothBundlesCarryTheSameMessages() throws IOException {
    for (String suffix : new String[] {"", "_zh"}) {
      Properties spec = load("/ValidationMessages" + suffix + ".properties");
      assertThat(spec).isNotEmpty()
          .isEqualTo(load("/ContributorValidationMessages" + suffix + ".properties"));
      assertThat(spec.keySet()).isEqualTo(load("/ValidationMessages.properties").keySet());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ConstraintsTest.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void divisionAndGridCodes() {
    Validator en = validator(Locale.ENGLISH);
    assertThat(en.validate(new Incident("420102", "420102001001", "420102001001003"))).isEmpty();
    assertThat(messages(en.validate(new Incident("42010", "420102000000", "42010200100100X"))))
        .containsExactlyInAnyOrder(
            "division: division code: expected 6 or 12 digits",
            "community: division code: must be at one of the levels [VILLAGE]",
            "grid: grid code: only digits are allowed");
    assertThat(messages(validator(Locale.CHINA).validate(
        new Incident("990000", null, "420102001000003"))))
        .containsExactlyInAnyOrder(
            "division: 行政区划代码第1-2位不是省级代码",
            "grid: 网格编码第1-12位应为村（社区）级代码");
    assertThat(messages(en.validate(new Incident("420001000000", null, "420102001001000"))))
        .containsExactlyInAnyOrder(
            "division: division code: digits of a lower level are set under an all-zero level",
            "grid: grid code: the grid sequence number (digits 13-15) must be 001 to 999");
  }

  @Test
  void everyRuleOfTheValueTypesHasAMessageInBothLanguages() throws IOException {
    List<String> ids = new java.util.ArrayList<>(List.of("division.length",
        "division.character", "division.province", "division.gap", "division.levels",
        "grid.length", "grid.character", "grid.community", "grid.sequence", "phone.kind"));
    for (ResidentId.Problem p : ResidentId.Problem.values()) {
      ids.add(p.code().id());
    }
    for (CreditCode.Problem p : CreditCode.Problem.values()) {
      ids.add(p.code().id());
    }
    for (PhoneNumber.Problem p : PhoneNumber.Problem.values()) {
      ids.add(p.code().id());
    }
    for (String suffix : new String[] {"", "_zh"}) {
      Properties messages = load("/ValidationMessages" + suffix + ".properties");
      for (String id : ids) {
        assertThat(messages).containsKey("io.github.shiyu.governance." + id);
      }
    }
  }

  private static <T> Set<String> messages(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toSet());
  }
}
