package dev.remotecommands.deploy;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric and label names a PromQL expression refers to, read the way the dashboard's queries are written: label
 * matchers in braces, ranges in brackets, grouping in {@code by (...)}.
 */
final class PromQlNames {

    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring)\\s*\\(([^)]*)\\)");
    private static final Pattern MATCHERS = Pattern.compile("\\{([^}]*)}");
    private static final Pattern MATCHER_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** Identifiers that are PromQL itself: functions, aggregations, operators, modifiers. */
    private static final Set<String> PROMQL = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk",
            "bottomk", "quantile", "count_values", "group", "rate", "irate", "increase", "delta", "idelta",
            "histogram_quantile", "clamp_min", "clamp_max", "abs", "round", "ceil", "floor", "time", "vector",
            "scalar", "absent", "label_replace", "max_over_time", "min_over_time", "avg_over_time", "and", "or",
            "unless", "bool", "offset", "group_left", "group_right", "by", "without", "on", "ignoring", "inf", "nan");

    private PromQlNames() {
    }

    /** The metric names: every identifier that is neither PromQL, a label, a number nor a dashboard variable. */
    static Set<String> metrics(String expression) {
        String rest = QUOTED.matcher(expression).replaceAll("\"\"");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String name = identifier.group();
            if (!PROMQL.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The label names in groupings and in label matchers. */
    static Set<String> labels(String expression) {
        String rest = QUOTED.matcher(expression).replaceAll("\"\"");
        Set<String> labels = new LinkedHashSet<>();
        Matcher grouping = GROUPING.matcher(rest);
        while (grouping.find()) {
            for (String label : grouping.group(1).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.strip());
                }
            }
        }
        Matcher matchers = MATCHERS.matcher(rest);
        while (matchers.find()) {
            Matcher label = MATCHER_LABEL.matcher(matchers.group(1));
            while (label.find()) {
                labels.add(label.group(1));
            }
        }
        return labels;
    }
}
