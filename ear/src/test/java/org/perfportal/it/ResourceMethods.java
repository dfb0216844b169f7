package org.perfportal.it;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every JAX-RS resource method of the web module, found by reflection over its classes (the
 * {@code classes} jar of {@code portal-web}): the HTTP method, the path template, the path and
 * query parameters with their Java types, the body type and the media types it consumes, and the
 * roles of its {@code AllowedRoles}. What a test generates from this covers every endpoint there
 * is, including the ones added after the test was written.
 */
public final class ResourceMethods {

    private static final String WEB_PACKAGE = "org/perfportal/web/";
    private static final String APPLICATION = "org.perfportal.web.ApiApplication";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

    private ResourceMethods() {
    }

    /** One resource method. {@code body} is null when the method reads no entity. */
    public record Endpoint(String httpMethod, String path, Map<String, Class<?>> pathParams,
                           Map<String, Class<?>> queryParams, Class<?> body, java.lang.reflect.Type bodyType,
                           List<String> consumes, List<String> roles, String javaName) {

        /** The path with each template parameter replaced by {@code values}' (already encoded) value. */
        public String expand(Map<String, String> values) {
            Matcher m = TEMPLATE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return httpMethod + " " + path;
        }
    }

    /** All of them, in path order. */
    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        try {
            Class<?> application = Class.forName(APPLICATION);
            String root = "/" + trim(application.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value());
            try (JarFile jar = new JarFile(new java.io.File(application.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(WEB_PACKAGE) && name.endsWith(".class") && !name.contains("$")) {
                        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                ResourceMethods.class.getClassLoader());
                        Path classPath = type.getAnnotation(Path.class);
                        if (classPath != null) {
                            endpoints.addAll(of(type, root + "/" + trim(classPath.value())));
                        }
                    }
                }
            }
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static List<Endpoint> of(Class<?> type, String base) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = methodPath == null ? base : base + "/" + trim(methodPath.value());
            Map<String, Class<?>> pathParams = new LinkedHashMap<>();
            Map<String, Class<?>> queryParams = new LinkedHashMap<>();
            Class<?> body = null;
            java.lang.reflect.Type bodyType = null;
            for (Parameter p : method.getParameters()) {
                if (p.isAnnotationPresent(PathParam.class)) {
                    pathParams.put(p.getAnnotation(PathParam.class).value(), p.getType());
                } else if (p.isAnnotationPresent(QueryParam.class)) {
                    queryParams.put(p.getAnnotation(QueryParam.class).value(), p.getType());
                } else if (!p.isAnnotationPresent(HeaderParam.class) && !p.isAnnotationPresent(Context.class)
                        && !p.isAnnotationPresent(BeanParam.class) && !p.isAnnotationPresent(FormParam.class)
                        && !p.isAnnotationPresent(CookieParam.class) && !p.isAnnotationPresent(MatrixParam.class)) {
                    body = p.getType();
                    bodyType = p.getParameterizedType();
                }
            }
            Matcher m = TEMPLATE.matcher(path);
            while (m.find()) {
                pathParams.putIfAbsent(m.group(1), String.class);
            }
            Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                    : type.getAnnotation(Consumes.class);
            endpoints.add(new Endpoint(httpMethod, path, pathParams, queryParams, body, bodyType,
                    consumes == null ? List.of("*/*") : List.of(consumes.value()), roles(method),
                    type.getSimpleName() + "." + method.getName()));
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The values of the method's {@code AllowedRoles} annotation (read by name: it lives in the web module). */
    private static List<String> roles(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("AllowedRoles")) {
                try {
                    return List.of((String[]) a.annotationType().getMethod("value").invoke(a));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.of();
    }

    private static String trim(String path) {
        String p = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return p;
    }
}
