package io.github.shiyu.governance.core.internal.json;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of core's object-valued types, without Jackson: the write steps every writer
 * runs (field names and order, what is left out, what is masked) and the read steps every
 * reader runs.
 *
 * <p>Kept free of Jackson types so that the Jackson 2 module (governance-jackson) and the
 * Jackson 3 module (governance-jackson3) write and read exactly one form, byte for byte: a
 * read step parses each field with the type's own factory, then re-runs the type's whole
 * check once per field so that a broken rule is reported at the field that broke it.
 */
public final class CoreForms {

  /** Division: the code. */
  public static final String CODE = "code";
  /** Division and party: the name. */
  public static final String NAME = "name";
  /** Division: the level. */
  public static final String LEVEL = "level";
  /** Point: the longitude. */
  public static final String LONGITUDE = "longitude";
  /** Point: the latitude. */
  public static final String LATITUDE = "latitude";
  /** Point: the coordinate system. */
  public static final String CRS = "crs";
  /** Deadline policy: the amount. */
  public static final String AMOUNT = "amount";
  /** Deadline policy and deadline: the unit. */
  public static final String UNIT = "unit";
  /** Deadline: the start. */
  public static final String START = "start";
  /** Deadline: the due instant. */
  public static final String DUE = "due";
  /** Deadline: the clock stops. */
  public static final String STOPS = "stops";
  /** Deadline: since when the clock is stopped (only while stopped). */
  public static final String STOPPED_SINCE = "stoppedSince";
  /** Deadline: present and true only when the due instant rests on a provisional year. */
  public static final String PROVISIONAL = "provisional";
  /** Clock stop: the start. */
  public static final String FROM = "from";
  /** Clock stop: the end. */
  public static final String TO = "to";
  /** Party: person or organisation. */
  public static final String KIND = "kind";
  /** Party: the role. */
  public static final String ROLE = "role";
  /** Party: the resident ID number. */
  public static final String RESIDENT_ID = "residentId";
  /** Party: the credit code. */
  public static final String CREDIT_CODE = "creditCode";
  /** Party: the phone. */
  public static final String PHONE = "phone";

  private CoreForms() {
  }

  /**
   * Registers every core type's form: the one list both Jackson modules serve.
   *
   * @param registry   the module's registry
   * @param masking    the policy for personal data written masked
   * @param reveal     whether personal data is written in full (trusted storage)
   * @param categories the taxonomy category codes are read through
   */
  public static void register(FormRegistry registry, MaskingPolicy masking, boolean reveal,
      CategoryTaxonomy categories) {
    char mask = masking.maskCharacter();
    registry.text(DivisionCode.class, DivisionCode::value, DivisionCode::parse, '\0', true);
    registry.object(Division.class, CoreForms::write, CoreForms::division);
    registry.text(GridCode.class, GridCode::value, GridCode::parse, '\0', true);
    registry.text(CreditCode.class, CreditCode::value, CreditCode::parse, '\0', true);
    registry.text(CaseCategory.class, CaseCategory::code, categories::require, '\0', true);
    PersonalText personal = new PersonalText(masking, reveal);
    registry.text(ResidentId.class, personal::residentId, ResidentId::parse, mask, false);
    registry.text(PhoneNumber.class, personal::phone, PhoneNumber::parse, mask, false);
    registry.object(GeoPoint.class, CoreForms::write, CoreForms::point);
    registry.object(DeadlinePolicy.class, CoreForms::write, CoreForms::policy);
    registry.object(ClockStop.class, CoreForms::write, CoreForms::stop);
    registry.object(Deadline.class, CoreForms::write, CoreForms::deadline);
    registry.object(Party.class, (p, out) -> write(p, personal, out),
        new FormRegistry.ReadStep<Party>() {
          @Override
          public <X extends Exception> Party read(ObjectFields<X> fields) throws X {
            return party(fields, mask);
          }
        });
  }

  /**
   * Writes {@code {"code":"420106000000","name":"武昌区","level":"COUNTY"}}.
   *
   * @param value the division
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(Division value, FormSink out) throws IOException {
    out.startObject();
    out.string(CODE, value.code().value());
    out.string(NAME, value.name());
    out.string(LEVEL, value.level().name());
    out.endObject();
  }

  /**
   * Writes {@code {"longitude":114.3,"latitude":30.6,"crs":"GCJ02"}}.
   *
   * @param value the point
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(GeoPoint value, FormSink out) throws IOException {
    out.startObject();
    out.number(LONGITUDE, value.longitude());
    out.number(LATITUDE, value.latitude());
    out.string(CRS, value.crs().name());
    out.endObject();
  }

  /**
   * Writes {@code {"amount":15,"unit":"WORKING_DAYS"}}.
   *
   * @param value the policy
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(DeadlinePolicy value, FormSink out) throws IOException {
    out.startObject();
    out.integer(AMOUNT, value.amount());
    out.string(UNIT, value.unit().name());
    out.endObject();
  }

  /**
   * Writes {@code {"start":"...","due":"...","unit":"CALENDAR_DAYS","stops":[...],
   * "stoppedSince":"...","provisional":true}}, stoppedSince only while stopped, provisional
   * only when true.
   *
   * @param value the deadline
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(Deadline value, FormSink out) throws IOException {
    out.startObject();
    out.string(START, value.start().toString());
    out.string(DUE, value.due().toString());
    out.string(UNIT, value.unit().name());
    out.startArray(STOPS);
    for (ClockStop stop : value.stops()) {
      write(stop, out);
    }
    out.endArray();
    if (value.stoppedSince().isPresent()) {
      out.string(STOPPED_SINCE, value.stoppedSince().get().toString());
    }
    if (value.isProvisional()) {
      out.bool(PROVISIONAL, true);
    }
    out.endObject();
  }

  /**
   * Writes {@code {"from":"2024-09-30T01:00:00Z","to":"2024-09-30T03:00:00Z"}}.
   *
   * @param value the stop
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(ClockStop value, FormSink out) throws IOException {
    out.startObject();
    out.string(FROM, value.from().toString());
    out.string(TO, value.to().toString());
    out.endObject();
  }

  /**
   * Writes a party, its personal data masked unless {@code text} reveals it; absent values
   * are left out.
   *
   * @param value the party
   * @param text  masks or reveals the personal data
   * @param out   the sink
   * @throws IOException from the sink
   */
  public static void write(Party value, PersonalText text, FormSink out) throws IOException {
    out.startObject();
    out.string(KIND, value.kind().name());
    out.string(NAME, text.name(value));
    out.string(ROLE, value.role().name());
    if (value.residentId().isPresent()) {
      out.string(RESIDENT_ID, text.residentId(value.residentId().get()));
    }
    if (value.creditCode().isPresent()) {
      out.string(CREDIT_CODE, value.creditCode().get().value());
    }
    if (value.phone().isPresent()) {
      out.string(PHONE, text.phone(value.phone().get()));
    }
    out.endObject();
  }

  /**
   * Reads a division; the level may be left out (it follows from the code).
   *
   * @param <X> the adapter's exception
   * @param f   the fields
   * @return the division
   * @throws X for a bad field
   */
  public static <X extends Exception> Division division(ObjectFields<X> f) throws X {
    DivisionCode code = f.parse(CODE, DivisionCode::parse, '\0');
    String name = f.text(NAME);
    DivisionLevel level = f.has(LEVEL) ? f.constant(LEVEL, DivisionLevel.class) : code.level();
    return f.parse(LEVEL, () -> new Division(code, name, level));
  }

  /**
   * Reads a point; a range error is reported at the longitude if it is out of range, else at
   * the latitude.
   *
   * @param <X> the adapter's exception
   * @param f   the fields
   * @return the point
   * @throws X for a bad field
   */
  public static <X extends Exception> GeoPoint point(ObjectFields<X> f) throws X {
    double longitude = f.number(LONGITUDE);
    double latitude = f.number(LATITUDE);
    CoordinateSystem crs = f.constant(CRS, CoordinateSystem.class);
    boolean longitudeValid = longitude >= -180 && longitude <= 180;
    return f.parse(longitudeValid ? LATITUDE : LONGITUDE,
        () -> GeoPoint.of(longitude, latitude, crs));
  }

  /**
   * Reads a deadline policy.
   *
   * @param <X> the adapter's exception
   * @param f   the fields
   * @return the policy
   * @throws X for a bad field
   */
  public static <X extends Exception> DeadlinePolicy policy(ObjectFields<X> f) throws X {
    int amount = f.integer(AMOUNT);
    PeriodUnit unit = f.constant(UNIT, PeriodUnit.class);
    return f.parse(AMOUNT, () -> new DeadlinePolicy(amount, unit));
  }

  /**
   * Reads a clock stop.
   *
   * @param <X> the adapter's exception
   * @param f   the fields
   * @return the stop
   * @throws X for a bad field
   */
  public static <X extends Exception> ClockStop stop(ObjectFields<X> f) throws X {
    Instant from = f.instant(FROM);
    Instant to = f.instant(TO);
    return f.parse(TO, () -> new ClockStop(from, to));
  }

  /**
   * Reads a deadline.
   *
   * @param <X> the adapter's exception
   * @param f   the fields
   * @return the deadline
   * @throws X for a bad field
   */
  public static <X extends Exception> Deadline deadline(ObjectFields<X> f) throws X {
    Instant start = f.instant(START);
    Instant due = f.instant(DUE);
    PeriodUnit unit = f.constant(UNIT, PeriodUnit.class);
    // Deadline.of checks everything; the steps only say which field broke a rule.
    f.parse(START, () -> Deadline.of(start, start, unit));
    f.parse(DUE, () -> Deadline.of(start, due, unit));
    List<ClockStop> stops = new ArrayList<>();
    for (ObjectFields<X> s : f.objects(STOPS)) {
      stops.add(stop(s));
      s.parse(FROM, () -> Deadline.of(start, due, unit, stops));
    }
    Deadline running = Deadline.of(start, due, unit, stops);
    Deadline read = running;
    if (f.has(STOPPED_SINCE)) {
      Instant since = f.instant(STOPPED_SINCE);
      read = f.parse(STOPPED_SINCE, () -> running.stop(since));
    }
    return f.has(PROVISIONAL) && f.bool(PROVISIONAL) ? read.asProvisional() : read;
  }

  /**
   * Reads a party; masked personal data (holding {@code mask}) is refused.
   *
   * @param <X>  the adapter's exception
   * @param f    the fields
   * @param mask the masking policy's mask character
   * @return the party
   * @throws X for a bad field
   */
  public static <X extends Exception> Party party(ObjectFields<X> f, char mask) throws X {
    Party.Kind kind = f.constant(KIND, Party.Kind.class);
    PartyRole role = f.constant(ROLE, PartyRole.class);
    Party party;
    if (kind == Party.Kind.PERSON) {
      String name = f.parse(NAME, n -> n, mask);
      party = f.parse(NAME, () -> Party.person(name, role));
    } else {
      String name = f.text(NAME);
      CreditCode code = f.has(CREDIT_CODE)
          ? f.parse(CREDIT_CODE, CreditCode::parse, '\0') : null;
      party = f.parse(NAME, () -> code == null ? Party.organisation(name, role)
          : Party.organisation(name, code, role));
    }
    if (f.has(RESIDENT_ID)) {
      ResidentId id = f.parse(RESIDENT_ID, ResidentId::parse, mask);
      Party withoutId = party;
      party = f.parse(RESIDENT_ID, () -> withoutId.withResidentId(id));
    }
    if (f.has(PHONE)) {
      party = party.withPhone(f.parse(PHONE, PhoneNumber::parse, mask));
    }
    return party;
  }
}
