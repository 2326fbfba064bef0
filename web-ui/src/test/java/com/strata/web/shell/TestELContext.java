package com.strata.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

/**
 * An EL context for a resolver alone, without an EL implementation on the test class path: it coerces numbers to int
 * and otherwise only casts, which is what the resolvers' tests pass.
 */
final class TestELContext extends ELContext {

    @Override
    @SuppressWarnings("unchecked")
    public <T> T convertToType(Object value, Class<T> type) {
        if (type == int.class && value instanceof Number number) {
            return (T) Integer.valueOf(number.intValue());
        }
        return type.cast(value);
    }

    @Override
    public ELResolver getELResolver() {
        return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
        return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
        return null;
    }
}
