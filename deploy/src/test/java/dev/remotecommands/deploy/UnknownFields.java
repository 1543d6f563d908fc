package dev.remotecommands.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a typed fabric8 object that its model does not know: fabric8 keeps them in each object's
 * {@code additionalProperties} instead of refusing them, so a misspelt or misplaced field would render silently.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    /** Each unknown field as its path, e.g. {@code spec.template.spec.containers[0].livenesProbe}. */
    static List<String> in(Object resource) {
        List<String> found = new ArrayList<>();
        walk(resource, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> walk(child, path + "[" + key + "]", found));
        } else if (value != null && value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            walkModel(value, path, found);
        }
    }

    private static void walkModel(Object model, String path, List<String> found) {
        for (Method getter : model.getClass().getMethods()) {
            if (!isProperty(getter)) {
                continue;
            }
            Object child = invoke(getter, model);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(key -> found.add(join(path, key.toString())));
            } else {
                walk(child, join(path, propertyName(getter)), found);
            }
        }
    }

    private static boolean isProperty(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass");
    }

    private static Object invoke(Method getter, Object model) {
        try {
            return getter.invoke(model);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
