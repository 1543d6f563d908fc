package dev.remotecommands.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.CharConversionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON body that could not be read, as the problem it is answered with:
 * <ul>
 * <li>400 {@code malformed-json}: not JSON, or not one JSON value (a syntax error, invalid UTF-8, a key twice,
 * something after the value, a document past the parser's limits, the body not an object); with {@code field} when the
 * fault lies inside one;</li>
 * <li>422 {@code invalid-field} with {@code field}: well-formed JSON, but a field's value is not of the type it takes
 * ({@code "times": "often"}, {@code "on": [true]}, {@code "mode": "INCOGNITO"}).</li>
 * </ul>
 * The field is the body's path in the form constraint violations use: {@code preferences.seat}, {@code items[2].name}.
 */
final class JsonBodyProblems {

    private static final int SHOWN_VALUE_LENGTH = 64;

    private JsonBodyProblems() {
    }

    /** The problem for a failure of reading a body: a Jackson exception, or one that has one as its cause. */
    static ProblemException of(Throwable failure) {
        Throwable cause = innermostJsonFailure(failure);
        Optional<String> field = fieldOf(failure);
        if (cause instanceof InputCoercionException && field.isPresent()) {
            return CommonProblems.invalidField(field.get(), "is out of range for this field.");
        }
        if (cause instanceof MismatchedInputException mismatch && !isTrailingToken(mismatch)) {
            return field.map(name -> wrongValue(name, mismatch))
                    .orElseGet(() -> malformed("the body must be " + expected(mismatch.getTargetType()), field));
        }
        if (cause instanceof JsonMappingException && field.isPresent()) {
            // a value the field's type refused in another way (its constructor, say): said without its internals
            return CommonProblems.invalidField(field.get(), "is not a value this field takes.");
        }
        return malformed(syntaxError(cause), field);
    }

    private static ProblemException wrongValue(String field, MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException unknown) {
            return CommonProblems.invalidField(field, "is not a field of this call; it takes "
                    + unknown.getKnownPropertyIds() + ".");
        }
        String got = mismatch instanceof InvalidFormatException format ? "; got " + shortened(format.getValue()) : "";
        return CommonProblems.invalidField(field, "must be " + expected(mismatch.getTargetType()) + got + ".");
    }

    /** The value sent, as much of it as a reader of the answer needs (a field can hold a string of a megabyte). */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    private static ProblemException malformed(String what, Optional<String> field) {
        return field.map(name -> CommonProblems.malformedJson(what, name))
                .orElseGet(() -> CommonProblems.malformedJson(what));
    }

    /** What a value of this Java type looks like in JSON. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a JSON string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static boolean isTrailingToken(MismatchedInputException mismatch) {
        String message = mismatch.getOriginalMessage();
        return message != null && message.startsWith("Trailing token");
    }

    /** The parser's own words, without the names of Jackson's internals, and where in the body it stopped. */
    private static String syntaxError(Throwable cause) {
        if (cause instanceof MismatchedInputException) {
            return "there is more after the JSON value; send exactly one JSON object";
        }
        if (cause instanceof CharConversionException) {
            return "the bytes are not valid UTF-8: " + cause.getMessage();
        }
        String message = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        message = String.valueOf(message).replaceAll(", from `[^`]*`", "")
                .replaceAll(" \\(start marker at \\[[^]]*]\\)", "");
        if (cause instanceof StreamConstraintsException) {
            return message;
        }
        JsonLocation location = cause instanceof JsonProcessingException json ? json.getLocation() : null;
        return location == null || location.getLineNr() < 0 ? message
                : message + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The deepest Jackson exception of the chain (the parser's error a mapping exception wraps), else the failure. */
    private static Throwable innermostJsonFailure(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JacksonException || cause instanceof CharConversionException) {
                innermost = cause;
            }
        }
        return innermost;
    }

    /**
     * Where the parser stopped, when it is the parser that refused the text (it knows the exact key, also inside a
     * map); else the path of the outermost mapping exception.
     */
    static Optional<String> fieldOf(Throwable failure) {
        if (innermostJsonFailure(failure) instanceof StreamReadException read && read.getProcessor() != null) {
            Optional<String> where = pathOf(read.getProcessor());
            if (where.isPresent()) {
                return where;
            }
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return Optional.of(path(mapping));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static Optional<String> pathOf(JsonParser parser) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                steps.push(context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                steps.push("[" + context.getCurrentIndex() + "]");
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            path.append(path.length() == 0 || step.startsWith("[") ? "" : ".").append(step);
        }
        return Optional.of(path.toString());
    }
}
