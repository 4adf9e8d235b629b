package io.github.shiyu.governance.core.json;

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

/** The serializers. */
final class Writers {

  private Writers() {
  }

  /** A value written as one JSON string. */
  static final class AsString<T> extends JsonSerializer<T> {
    private final Function<T, String> format;

    AsString(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format.apply(value));
    }
  }

  /** A map key written as the value's string form. */
  static final class AsKey<T> extends JsonSerializer<T> {
    private final Function<T, String> format;

    AsKey(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(format.apply(value));
    }
  }

  /** {@code {"code":"420106000000","name":"武昌区","level":"COUNTY"}}. */
  static final class DivisionWriter extends JsonSerializer<Division> {
    @Override
    public void serialize(Division value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("code", value.code().value());
      gen.writeStringField("name", value.name());
      gen.writeStringField("level", value.level().name());
      gen.writeEndObject();
    }
  }

  /** {@code {"longitude":114.3,"latitude":30.6,"crs":"GCJ02"}}. */
  static final class Point extends JsonSerializer<GeoPoint> {
    @Override
    public void serialize(GeoPoint value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("longitude", value.longitude());
      gen.writeNumberField("latitude", value.latitude());
      gen.writeStringField("crs", value.crs().name());
      gen.writeEndObject();
    }
  }

  /** {@code {"amount":15,"unit":"WORKING_DAYS"}}. */
  static final class Policy extends JsonSerializer<DeadlinePolicy> {
    @Override
    public void serialize(DeadlinePolicy value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("amount", value.amount());
      gen.writeStringField("unit", value.unit().name());
      gen.writeEndObject();
    }
  }

  /**
   * {@code {"start":"2024-09-29T02:00:00Z","due":"...","unit":"CALENDAR_DAYS",
   * "stops":[{"from":"...","to":"..."}],"stoppedSince":"..."}}, stoppedSince only while
   * stopped.
   */
  static final class DeadlineWriter extends JsonSerializer<Deadline> {
    @Override
    public void serialize(Deadline value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("start", value.start().toString());
      gen.writeStringField("due", value.due().toString());
      gen.writeStringField("unit", value.unit().name());
      gen.writeArrayFieldStart("stops");
      for (ClockStop stop : value.stops()) {
        Stop.write(stop, gen);
      }
      gen.writeEndArray();
      if (value.stoppedSince().isPresent()) {
        gen.writeStringField("stoppedSince", value.stoppedSince().get().toString());
      }
      if (value.isProvisional()) {
        gen.writeBooleanField("provisional", true);
      }
      gen.writeEndObject();
    }
  }

  /** {@code {"from":"2024-09-30T01:00:00Z","to":"2024-09-30T03:00:00Z"}}. */
  static final class Stop extends JsonSerializer<ClockStop> {
    @Override
    public void serialize(ClockStop value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value, gen);
    }

    static void write(ClockStop value, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("from", value.from().toString());
      gen.writeStringField("to", value.to().toString());
      gen.writeEndObject();
    }
  }

  /** A party, its personal data masked unless the module reveals it. */
  static final class PartyWriter extends JsonSerializer<Party> {
    private final PersonalText text;

    PartyWriter(PersonalText text) {
      this.text = text;
    }

    @Override
    public void serialize(Party value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("kind", value.kind().name());
      gen.writeStringField("name", text.name(value));
      gen.writeStringField("role", value.role().name());
      if (value.residentId().isPresent()) {
        gen.writeStringField("residentId", text.residentId(value.residentId().get()));
      }
      if (value.creditCode().isPresent()) {
        gen.writeStringField("creditCode", value.creditCode().get().value());
      }
      if (value.phone().isPresent()) {
        gen.writeStringField("phone", text.phone(value.phone().get()));
      }
      gen.writeEndObject();
    }
  }

  /** The one place that decides whether personal data is written masked or in full. */
  record PersonalText(MaskingPolicy policy, boolean reveal) {

    String residentId(ResidentId id) {
      return reveal ? id.reveal() : policy.mask(id);
    }

    String phone(PhoneNumber phone) {
      return reveal ? phone.reveal() : policy.mask(phone);
    }

    String name(Party party) {
      return reveal ? party.name() : party.maskedName(policy);
    }
  }
}
