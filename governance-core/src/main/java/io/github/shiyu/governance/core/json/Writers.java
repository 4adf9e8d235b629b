package io.github.shiyu.governance.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
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

  /** A party, its personal data masked unless the module reveals it. */
  static final class PartyWriter extends JsonSerializer<Party> {
    private final MaskingPolicy policy;
    private final boolean reveal;

    PartyWriter(MaskingPolicy policy, boolean reveal) {
      this.policy = policy;
      this.reveal = reveal;
    }

    @Override
    public void serialize(Party value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("kind", value.kind().name());
      gen.writeStringField("name", reveal ? value.name() : value.maskedName(policy));
      gen.writeStringField("role", value.role().name());
      if (value.residentId().isPresent()) {
        gen.writeStringField("residentId",
            reveal ? value.residentId().get().reveal() : policy.mask(value.residentId().get()));
      }
      if (value.creditCode().isPresent()) {
        gen.writeStringField("creditCode", value.creditCode().get().value());
      }
      if (value.phone().isPresent()) {
        gen.writeStringField("phone",
            reveal ? value.phone().get().reveal() : policy.mask(value.phone().get()));
      }
      gen.writeEndObject();
    }
  }
}
