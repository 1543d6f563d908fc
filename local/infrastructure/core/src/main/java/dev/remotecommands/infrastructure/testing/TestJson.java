package dev.remotecommands.infrastructure.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;

/**
 * JSON as the services write it (times as ISO-8601 text), for tests that send events or read them back as maps.
 * Needs Jackson on the caller's test classpath (every service has it); the JSR-310 module is found there.
 */
public final class TestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    /** The JSON object as a map; throws {@link IllegalArgumentException} for anything else. */
    public static Map<String, Object> parse(String json) {
        Map<String, Object> map;
        try {
            map = MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
        if (map == null) {
            throw new IllegalArgumentException("not a JSON object: " + json);
        }
        return map;
    }
}
