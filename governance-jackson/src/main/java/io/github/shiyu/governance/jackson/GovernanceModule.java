package io.github.shiyu.governance.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.internal.json.CoreForms;
import io.github.shiyu.governance.core.internal.json.FormRegistry;
import io.github.shiyu.governance.jackson.internal.Readers;
import io.github.shiyu.governance.jackson.internal.Writers;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Jackson module for Shiyu's core value types: each is written in its canonical form and
 * read back through its own factory, so JSON input meets the same rules as Java input, and
 * a value that breaks one gives an {@link InvalidJsonValueException} with the rule's error
 * code and the JSON path.
 *
 * <table>
 *   <caption>JSON forms</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@link DivisionCode}</td><td>{@code "420102000000"} (reads 6 or 12 digits)</td></tr>
 *   <tr><td>{@link Division}</td><td>{@code {"code":"420106000000","name":"武昌区",
 *       "level":"COUNTY"}} (the level may be left out: it follows from the code)</td></tr>
 *   <tr><td>{@link GridCode}</td><td>{@code "110101001001003"}</td></tr>
 *   <tr><td>{@link CreditCode}</td><td>{@code "91330100716105852F"}</td></tr>
 *   <tr><td>{@link ResidentId}</td><td>{@code "110105********002X"}, full only in trusted
 *       mode</td></tr>
 *   <tr><td>{@link PhoneNumber}</td><td>{@code "138****5678"}, {@code "027-****4321"}, full
 *       ({@code "13812345678"}, {@code "027-87654321"}) only in trusted mode</td></tr>
 *   <tr><td>{@link CaseCategory}</td><td>its code, {@code "dispute.labour"}, read through the
 *       module's {@link CategoryTaxonomy}</td></tr>
 *   <tr><td>{@link GeoPoint}</td><td>{@code {"longitude":114.3,"latitude":30.6,"crs":"GCJ02"}}</td></tr>
 *   <tr><td>{@link DeadlinePolicy}</td><td>{@code {"amount":15,"unit":"WORKING_DAYS"}}</td></tr>
 *   <tr><td>{@link Deadline}</td><td>{@code {"start":"2024-09-29T02:00:00Z",
 *       "due":"2024-10-14T16:00:00Z","unit":"CALENDAR_DAYS","stops":[{"from":...,"to":...}],
 *       "stoppedSince":...,"provisional":true}} (ISO-8601 instants; stoppedSince only while
 *       the clock is stopped; provisional only when the due instant rests on a provisional
 *       calendar year)</td></tr>
 *   <tr><td>{@link ClockStop}</td><td>{@code {"from":"2024-09-30T01:00:00Z",
 *       "to":"2024-09-30T03:00:00Z"}}</td></tr>
 *   <tr><td>{@link Party}</td><td>{@code {"kind":"PERSON","name":"张*","role":"APPLICANT",
 *       "residentId":...,"creditCode":...,"phone":...}} (absent values omitted)</td></tr>
 * </table>
 * Division, grid, credit-code and category values also work as map keys.
 *
 * <p>Personal data (ID numbers, phones, names of persons) is masked by the module's
 * {@link MaskingPolicy} by default: such JSON is for display and cannot be read back (a
 * masked value gives {@code json.masked}). For storage that must be read again, a trusted
 * store, use {@link #forTrustedStorage()}. Jackson keeps one module of a kind per
 * {@code ObjectMapper}: use two mappers for display and for storage.
 *
 * <pre>{@code
 * ObjectMapper display = new ObjectMapper().registerModule(new GovernanceModule());
 * display.writeValueAsString(ResidentId.parse("11010519491231002X"));  // "\"110105********002X\""
 *
 * ObjectMapper storage = new ObjectMapper().registerModule(GovernanceModule.forTrustedStorage());
 * storage.readValue("\"11010519491231002X\"", ResidentId.class);
 *
 * ObjectMapper vendor = new ObjectMapper().registerModule(GovernanceModule.builder()
 *     .categories(CategoryTaxonomy.standard().with(myTypes))
 *     .masking(MaskingPolicy.builder().residentId(3, 4).build())
 *     .build());
 * }</pre>
 */
public final class GovernanceModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The policy masking personal data when it is not revealed. */
  private final MaskingPolicy policy;
  /** Whether personal data is written in full (trusted storage). */
  private final boolean revealing;

  /** The module with masked personal data and the standard category taxonomy. */
  public GovernanceModule() {
    this(builder());
  }

  private GovernanceModule(Builder builder) {
    super(GovernanceModule.class.getName(), Version.unknownVersion());
    this.policy = builder.policy;
    this.revealing = builder.revealing;
    CoreForms.register(new FormRegistry() {
      @Override
      public <T> void text(Class<T> type, Function<T, String> format,
          Function<String, T> parse, char maskCharacter, boolean asKey) {
        addSerializer(type, new Writers.AsString<>(format));
        addDeserializer(type, new Readers.FromString<>(type, parse, maskCharacter));
        if (asKey) {
          addKeySerializer(type, new Writers.AsKey<>(format));
          addKeyDeserializer(type, new Readers.Key<>(parse));
        }
      }

      @Override
      public <T> void object(Class<T> type, WriteStep<T> write, ReadStep<T> read) {
        addSerializer(type, new Writers.AsForm<>(write));
        addDeserializer(type, new Readers.FromObject<>(type, read));
      }
    }, builder.policy, builder.revealing, builder.categories);
  }

  /**
   * The module writing full personal data, for a trusted store that must read it back.
   * Whoever can read that store can read every ID number and phone in it.
   *
   * @return the module
   */
  public static GovernanceModule forTrustedStorage() {
    return builder().revealPersonalData().build();
  }

  /**
   * A builder starting from the defaults: masked with {@link MaskingPolicy#defaults()},
   * categories from {@link CategoryTaxonomy#standard()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether personal data is written in full.
   *
   * @return {@code true} for a trusted-storage module
   */
  public boolean revealsPersonalData() {
    return revealing;
  }

  /**
   * The policy masking personal data when it is not revealed.
   *
   * @return the policy
   */
  public MaskingPolicy maskingPolicy() {
    return policy;
  }

  /**
   * Configures a {@link GovernanceModule}.
   *
   * <pre>{@code
   * GovernanceModule m = GovernanceModule.builder().masking(strict).build();
   * }</pre>
   */
  public static final class Builder {
    private MaskingPolicy policy = MaskingPolicy.defaults();
    private boolean revealing;
    private CategoryTaxonomy categories = CategoryTaxonomy.standard();

    private Builder() {
    }

    /**
     * The policy for masked personal data.
     *
     * @param masking the policy
     * @return this builder
     */
    public Builder masking(MaskingPolicy masking) {
      this.policy = Objects.requireNonNull(masking, "masking");
      return this;
    }

    /**
     * Write ID numbers, phones and names of persons in full (trusted storage only).
     *
     * @return this builder
     */
    public Builder revealPersonalData() {
      this.revealing = true;
      return this;
    }

    /**
     * The taxonomy category codes are read through (a vendor's extended one).
     *
     * @param taxonomy the taxonomy
     * @return this builder
     */
    public Builder categories(CategoryTaxonomy taxonomy) {
      this.categories = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the module
     */
    public GovernanceModule build() {
      return new GovernanceModule(this);
    }
  }
}
