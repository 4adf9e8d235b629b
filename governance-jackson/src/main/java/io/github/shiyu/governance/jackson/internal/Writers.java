package io.github.shiyu.governance.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.ClockStop;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.io.IOException;
import java.util.function.Function;

/** The Jackson 2 serializers, writing the field names of {@link CoreForms}. */
public final class Writers {

  private Writers() {
  }

  /** A value written as one JSON string. */
  public static final class AsString<T> extends JsonSerializer<T> {
    private final Function<T, String> format;

    /**
     * A serializer writing the format.
     *
     * @param format the value's string form
     */
    public AsString(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format.apply(value));
    }
  }

  /** A map key written as the value's string form. */
  public static final class AsKey<T> extends JsonSerializer<T> {
    private final Function<T, String> format;

    /**
     * A key serializer writing the format.
     *
     * @param format the value's string form
     */
    public AsKey(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(format.apply(value));
    }
  }

  /** {@code {"code":"420106000000","name":"武昌区","level":"COUNTY"}}. */
  public static final class DivisionWriter extends JsonSerializer<Division> {
    @Override
    public void serialize(Division value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField(CoreForms.CODE, value.code().value());
      gen.writeStringField(CoreForms.NAME, value.name());
      gen.writeStringField(CoreForms.LEVEL, value.level().name());
      gen.writeEndObject();
    }
  }

  /** {@code {"longitude":114.3,"latitude":30.6,"crs":"GCJ02"}}. */
  public static final class Point extends JsonSerializer<GeoPoint> {
    @Override
    public void serialize(GeoPoint value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField(CoreForms.LONGITUDE, value.longitude());
      gen.writeNumberField(CoreForms.LATITUDE, value.latitude());
      gen.writeStringField(CoreForms.CRS, value.crs().name());
      gen.writeEndObject();
    }
  }

  /** {@code {"amount":15,"unit":"WORKING_DAYS"}}. */
  public static final class Policy extends JsonSerializer<DeadlinePolicy> {
    @Override
    public void serialize(DeadlinePolicy value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField(CoreForms.AMOUNT, value.amount());
      gen.writeStringField(CoreForms.UNIT, value.unit().name());
      gen.writeEndObject();
    }
  }

  /**
   * {@code {"start":"2024-09-29T02:00:00Z","due":"...","unit":"CALENDAR_DAYS",
   * "stops":[{"from":"...","to":"..."}],"stoppedSince":"..."}}, stoppedSince only while
   * stopped.
   */
  public static final class DeadlineWriter extends JsonSerializer<Deadline> {
    @Override
    public void serialize(Deadline value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField(CoreForms.START, value.start().toString());
      gen.writeStringField(CoreForms.DUE, value.due().toString());
      gen.writeStringField(CoreForms.UNIT, value.unit().name());
      gen.writeArrayFieldStart(CoreForms.STOPS);
      for (ClockStop stop : value.stops()) {
        Stop.write(stop, gen);
      }
      gen.writeEndArray();
      if (value.stoppedSince().isPresent()) {
        gen.writeStringField(CoreForms.STOPPED_SINCE, value.stoppedSince().get().toString());
      }
      if (value.isProvisional()) {
        gen.writeBooleanField(CoreForms.PROVISIONAL, true);
      }
      gen.writeEndObject();
    }
  }

  /** {@code {"from":"2024-09-30T01:00:00Z","to":"2024-09-30T03:00:00Z"}}. */
  public static final class Stop extends JsonSerializer<ClockStop> {
    @Override
    public void serialize(ClockStop value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value, gen);
    }

    static void write(ClockStop value, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField(CoreForms.FROM, value.from().toString());
      gen.writeStringField(CoreForms.TO, value.to().toString());
      gen.writeEndObject();
    }
  }

  /** A party, its personal data masked unless the module reveals it. */
  public static final class PartyWriter extends JsonSerializer<Party> {
    private final PersonalText text;

    /**
     * A party serializer.
     *
     * @param text masks or reveals the personal data
     */
    public PartyWriter(PersonalText text) {
      this.text = text;
    }

    @Override
    public void serialize(Party value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField(CoreForms.KIND, value.kind().name());
      gen.writeStringField(CoreForms.NAME, text.name(value));
      gen.writeStringField(CoreForms.ROLE, value.role().name());
      if (value.residentId().isPresent()) {
        gen.writeStringField(CoreForms.RESIDENT_ID, text.residentId(value.residentId().get()));
      }
      if (value.creditCode().isPresent()) {
        gen.writeStringField(CoreForms.CREDIT_CODE, value.creditCode().get().value());
      }
      if (value.phone().isPresent()) {
        gen.writeStringField(CoreForms.PHONE, text.phone(value.phone().get()));
      }
      gen.writeEndObject();
    }
  }

  /** The one place that decides whether personal data is written masked or in full. */
  public record PersonalText(MaskingPolicy policy, boolean reveal) {

    public String residentId(ResidentId id) {
      return reveal ? id.reveal() : policy.mask(id);
    }

    public String phone(PhoneNumber phone) {
      return reveal ? phone.reveal() : policy.mask(phone);
    }

    public String name(Party party) {
      return reveal ? party.name() : party.maskedName(policy);
    }
  }
}
