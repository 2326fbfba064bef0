package com.strata.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.web.shell.TierNames;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every property and method the runs pages bind to exists on the record or bean it is read from: the pages name the
 * members of the run records in EL, so a renamed member fails here instead of on a page at runtime. Variables the
 * pages declare ({@code ui:param}, {@code var} of a repeat, table or select) take the type of what they are bound to,
 * the element type for a list.
 */
class RunPagesBindingTest {

    private static final Pattern EXPRESSION = Pattern.compile("#\\{(.*?)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern PATH = Pattern.compile("\\b([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)+)(\\()?");
    private static final Map<String, Type> BEANS =
            Map.of("runReport", RunReport.class, "runHistory", RunHistory.class, "tierNames", TierNames.class);

    private final List<String> unresolved = new ArrayList<>();
    private int checked;

    @ParameterizedTest
    @ValueSource(strings = {"run.xhtml", "runs.xhtml"})
    void everyBindingOfTheRunPagesResolves(String page) throws Exception {
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/runs", page).toFile())
                .getDocumentElement();

        walk(root, new HashMap<>(BEANS));

        assertEquals(List.of(), unresolved, page);
        assertTrue(checked > 10, "only " + checked + " bindings found in " + page);
    }

    private void walk(Element element, Map<String, Type> outer) {
        Map<String, Type> scope = new HashMap<>(outer);
        if (element.hasAttribute("var") && element.hasAttribute("value")) {
            check(element.getAttribute("value"), outer);
            scope.put(element.getAttribute("var"), elementType(typeOf(element.getAttribute("value"), outer)));
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!attribute.getNodeName().equals("var")
                    && !(element.hasAttribute("var") && attribute.getNodeName().equals("value"))) {
                check(attribute.getNodeValue(), scope);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested && nested.getTagName().equals("ui:param")) {
                check(nested.getAttribute("value"), scope);
                scope.put(nested.getAttribute("name"), typeOf(nested.getAttribute("value"), scope));
            } else if (child instanceof Element nested) {
                walk(nested, scope);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                check(child.getNodeValue(), scope);
            }
        }
    }

    /** Checks every member path in the text's expressions whose root is a known variable. */
    private void check(String text, Map<String, Type> scope) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher path = PATH.matcher(QUOTED.matcher(expression.group(1)).replaceAll("''"));
            while (path.find()) {
                Type root = scope.get(path.group(1));
                if (root != null) {
                    checked++;
                    String members = path.group(2).substring(1);
                    if (resolve(root, members, path.group(3) != null).isEmpty()) {
                        unresolved.add(path.group(1) + "." + members + " in " + expression.group());
                    }
                }
            }
        }
    }

    /** The type of a plain path such as {@code #{runReport.summary}}. */
    private Type typeOf(String expression, Map<String, Type> scope) {
        Matcher plain = Pattern.compile("#\\{([A-Za-z_]\\w*)\\.([\\w.]+)}").matcher(expression);
        assertTrue(plain.matches(), "a page variable is bound to " + expression + ", not to a plain path");
        return resolve(scope.get(plain.group(1)), plain.group(2), false)
                .orElseThrow(() -> new AssertionError(expression + " does not resolve"));
    }

    /** The last member may be a method: one called ({@code row.untiered()}) or a method expression (an action). */
    private static Optional<Type> resolve(Type type, String members, boolean lastIsCall) {
        String[] names = members.split("\\.");
        for (int i = 0; i < names.length && type != null; i++) {
            boolean last = i == names.length - 1;
            type = last && lastIsCall ? method(raw(type), names[i]) : property(raw(type), names[i], last);
        }
        return Optional.ofNullable(type);
    }

    private static Type property(Class<?> type, String name, boolean mayBeAction) {
        if (type.isRecord()) {
            Optional<RecordComponent> component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name))
                    .findFirst();
            if (component.isPresent()) {
                return component.get().getGenericType();
            }
        }
        try {
            return Arrays.stream(Introspector.getBeanInfo(type).getPropertyDescriptors())
                    .filter(p -> p.getName().equals(name) && p.getReadMethod() != null)
                    .map(p -> p.getReadMethod().getGenericReturnType())
                    .findFirst()
                    .orElseGet(() -> mayBeAction ? method(type, name) : null);
        } catch (java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Type method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name))
                .map(Method::getGenericReturnType)
                .findFirst()
                .orElse(null);
    }

    private static Type elementType(Type collection) {
        return collection instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : null;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }
}
