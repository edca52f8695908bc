package cn.sz.dataexchange.validator.json;

import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Writes subject keys and fingerprints as 64 hex characters and reads them back. */
final class HexValues {

    private HexValues() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("hex-values");
        m.addSerializer(SubjectKey.class, new ValueSerializer<>() {
            @Override
            public void serialize(SubjectKey v, JsonGenerator g, SerializationContext c) {
                g.writeString(v.toHex());
            }
        });
        m.addDeserializer(SubjectKey.class, new ValueDeserializer<>() {
            @Override
            public SubjectKey deserialize(JsonParser p, DeserializationContext c) {
                try {
                    return SubjectKey.fromHex(p.getString());
                } catch (IllegalArgumentException e) {
                    return (SubjectKey) c.handleWeirdStringValue(SubjectKey.class, p.getString(), e.getMessage());
                }
            }
        });
        m.addSerializer(Fingerprint.class, new ValueSerializer<>() {
            @Override
            public void serialize(Fingerprint v, JsonGenerator g, SerializationContext c) {
                g.writeString(v.toHex());
            }
        });
        m.addDeserializer(Fingerprint.class, new ValueDeserializer<>() {
            @Override
            public Fingerprint deserialize(JsonParser p, DeserializationContext c) {
                try {
                    return Fingerprint.fromHex(p.getString());
                } catch (IllegalArgumentException e) {
                    return (Fingerprint) c.handleWeirdStringValue(Fingerprint.class, p.getString(), e.getMessage());
                }
            }
        });
        return m;
    }
}
