package com.strata.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods views call with arguments ({@code #{currentUser.hasRole('ADMIN')}}, {@code #{tierNames.of(t)}})
 * through a method looked up once per class, name and argument count. The standard bean resolver looks the method up
 * again on every call (Class.getMethods, which copies every public method): 4 % of the request threads' CPU under
 * bench/load, as the layout alone makes dozens of such calls per page. Only the plain case is taken: one public,
 * non-variable-arity method of that name and count on a public class; anything else (overloads, bridges, method
 * expressions with declared parameter types) is left to the next resolver, which behaves as before.
 */
public class MethodCallELResolver extends ELResolver {

    private record Call(Class<?> type, String name, int count) {}

    /** Per class (beans, their proxies, records, strings: a few hundred at most), name and argument count. */
    private final Map<Call, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> target = methods.computeIfAbsent(
                new Call(base.getClass(), method.toString(), arguments.length), MethodCallELResolver::only);
        if (target.isEmpty()) {
            return null;
        }
        Method called = target.get();
        Class<?>[] types = called.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = context.convertToType(arguments[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return called.invoke(base, coerced);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(
                    "Cannot call " + method + " on " + base.getClass().getName(), e);
        }
    }

    private static Optional<Method> only(Call call) {
        Class<?> type = call.type();
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        Method[] candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(call.name()) && m.getParameterCount() == call.count())
                .toArray(Method[]::new);
        if (candidates.length != 1
                || candidates[0].isVarArgs()
                || !Modifier.isPublic(candidates[0].getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates[0]);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the other resolvers' work.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
