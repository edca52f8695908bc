package cn.sz.dataexchange.api.web;

import cn.sz.dataexchange.api.shared.NoNulJson;
import java.util.Map;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.util.MimeType;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON input is taken literally (ADR 0004):
 * <ul>
 *   <li>a number where a string is expected, a string where a number or boolean is expected, a
 *       number for an enum are refused with the field named, never guessed;</li>
 *   <li>a key given twice in one object is refused, not "last one wins";</li>
 *   <li>a body that is not well-formed UTF-8 (overlong forms such as {@code C0 AF} for "/",
 *       surrogates, truncated sequences) is refused before it is parsed;</li>
 *   <li>a string or key holding the NUL character is refused with its field named (PostgreSQL
 *       text cannot store it).</li>
 * </ul>
 */
@Configuration
public class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictCoercion() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(NoNulJson.module())
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** After Boot's own Jackson codec customizer, so this decoder is the one in use. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    CodecCustomizer wellFormedUtf8Json(JsonMapper json) {
        return configurer -> configurer.defaultCodecs().jacksonJsonDecoder(new WellFormedUtf8JsonDecoder(json));
    }

    /** A request body that is not well-formed UTF-8. */
    public static final class MalformedUtf8Exception extends DecodingException {
        MalformedUtf8Exception(int offset) {
            super("The request body is not well-formed UTF-8 (byte " + offset + ")");
        }
    }

    /** Checks the joined body is well-formed UTF-8 before Jackson reads it (Jackson decodes overlong forms). */
    static final class WellFormedUtf8JsonDecoder extends JacksonJsonDecoder {

        WellFormedUtf8JsonDecoder(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        public Object decode(DataBuffer buffer, ResolvableType targetType, MimeType mimeType, Map<String, Object> hints) {
            int bad = Utf8.firstMalformedByte(buffer);
            if (bad >= 0) {
                org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                throw new MalformedUtf8Exception(bad);
            }
            return super.decode(buffer, targetType, mimeType, hints);
        }
    }
}
