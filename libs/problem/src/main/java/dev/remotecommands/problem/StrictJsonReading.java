package dev.remotecommands.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the service's one {@link ObjectMapper} read JSON strictly, so that a body means one thing only and a wrong
 * one is refused by {@link JsonBodyProblems} with the field it concerns: a key twice, anything after the value, a
 * value of another JSON type than the field's ({@code 123} for a text, {@code "true"} for a boolean, {@code 1.5} for a
 * whole number, {@code null} for a primitive, a number for an enum), and documents past the limits below. Request
 * bodies and Kafka payloads are read by the same mapper: an event that breaks these rules is a producer's bug and goes
 * to the dead-letter topic.
 * <p>
 * Unknown properties stay accepted (Quarkus' default, which the services have always had): a tolerant reader lets the
 * BFF and the event producers add fields before every reader knows them.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {

    /** Our bodies and events are flat (a few levels at most); far deeper is an attack on the parser's stack. */
    static final int MAX_NESTING_DEPTH = 32;
    /** A long has 19 digits, a double about 24 characters; longer digit runs only cost parse time. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Field names of our bodies, events and preference maps are short words. */
    static final int MAX_NAME_LENGTH = 256;
    /** Bodies are capped lower by quarkus.http.limits.max-body-size; 1 MiB is Kafka's default record size. */
    static final int MAX_STRING_LENGTH = 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        // at the parser, so that it holds for trees, maps and records alike (a record would otherwise fail on the
        // second value of a creator property with an InvalidDefinitionException: a 500)
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory().setInputDecorator(new Utf8CheckingInput());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // no text to number or boolean, no number to boolean, no "" to null for those
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // nor a number or boolean to text, which the feature above leaves allowed
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
