package org.passhygiene.validation;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;

import org.passhygiene.Account;

/**
 * The validator of {@link PolicyCompliantAccount}. Public only because Bean Validation providers instantiate it;
 * applications use the annotation.
 */
public final class PolicyCompliantAccountValidator implements ConstraintValidator<PolicyCompliantAccount, Object> {

    private String policy;
    private String password;
    private String username;
    private String fullName;

    @Override
    public void initialize(PolicyCompliantAccount annotation) {
        policy = annotation.policy();                  // looked up per call: set at start-up
        password = annotation.password();
        username = annotation.username();
        fullName = annotation.fullName();
        if (password.isEmpty()) {
            throw new ValidationException("@PolicyCompliantAccount needs the name of the password property");
        }
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        Object value = read(bean, password);
        if (value == null) {
            return true;
        }
        Account account = new Account(text(bean, username), text(bean, fullName), null, null, null);
        return Passwords.check(ValidationPolicies.lookup(policy), value, account, context, password);
    }

    private static String text(Object bean, String property) {
        if (property.isEmpty()) {
            return null;
        }
        Object value = read(bean, property);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /**
     * The property's value: a public no-argument {@code getX()}, {@code x()} or {@code isX()}, else field {@code x}.
     *
     * @throws ValidationException naming the class and property if there is no such property
     */
    static Object read(Object bean, String property) {
        Class<?> type = bean.getClass();
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + cap, property, "is" + cap}) {
            Method m;
            try {
                m = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
                continue;
            }
            try {
                m.trySetAccessible();                        // a public method of a non-public class
                return m.invoke(bean);
            } catch (IllegalAccessException e) {
                break;                                       // try the field
            } catch (InvocationTargetException e) {
                throw new ValidationException("@PolicyCompliantAccount: reading " + property + " of "
                        + type.getName() + " failed", e.getCause());
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Field f;
            try {
                f = c.getDeclaredField(property);
            } catch (NoSuchFieldException e) {
                continue;
            }
            if (!Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) {
                try {
                    return f.get(bean);
                } catch (IllegalAccessException e) {
                    break;
                }
            }
        }
        throw new ValidationException("@PolicyCompliantAccount: " + type.getName() + " has no readable property '"
                + property + "' (a public getter, record accessor or field)");
    }
}
