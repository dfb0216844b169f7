package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;
import org.perfportal.it.ResourceMethods;
import org.perfportal.it.ResourceMethods.Endpoint;
import org.perfportal.it.TableFingerprint;

/**
 * Bad input at every endpoint, generated from the resource methods themselves ({@link ResourceMethods}),
 * not hand-picked: for each method, tokens of every role of the tenant (and none), path parameters that
 * do not exist, belong to another tenant, are not numbers or try a path traversal, query parameters of
 * the wrong type, and — for a JSON body — malformed JSON, the wrong shape, missing, null and unknown
 * fields, and for each field of the body's record the wrong type, 100 kB strings, control characters,
 * negative, zero, 10^20 and NaN numbers, impossible dates and unknown enum constants; for a raw upload
 * a PNG declared as PDF, HTML declared as PNG, an empty and an oversized body.
 *
 * <p>Every answer must be a 4xx {@code application/problem+json} without a stack trace or an exception
 * echoed, except a 2xx of a read whose input happened to be valid; and the database (every table, every
 * tenant) must be byte-for-byte what it was before. The counts are printed.
 */
@PortalIT
class BadInputIT {

    private static final String TENANT = "luohe";
    private static final String OTHER_TENANT = "ordos";
    private static final List<String> ROLES = List.of("tenant-admin", "assessor", "approver", "vendor", "unit", "finance", "auditor");
    private static final String MISSING_ID = "987654321";
    private static final String HUGE = "长".repeat(34_000);
    private static final String JSON = "application/json";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    /** More than any upload limit of the portal (20 MB). */
    private static final int OVERSIZED = 21 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();
    private final List<String> legit = new ArrayList<>();
    private final List<String> container = new ArrayList<>();
    private int requests;
    private String foreignVendor;
    private String foreignUnit;
    /** A scan record of this tenant: uploads to it reach the report's own checks instead of stopping at 404. */
    private String scan;

    @Test
    void everyEndpointRefusesBadInputAndChangesNothing() {
        List<Endpoint> endpoints = ResourceMethods.all();
        assertTrue(endpoints.size() > 100, "found only " + endpoints);
        ROLES.forEach(role -> tokens.put(role, Api.token(TENANT, role)));
        String platform = Api.token("platform", "platform-operator");
        foreignFixture();
        scan = scanRecord();

        Map<String, String> before = TableFingerprint.take();
        long start = System.nanoTime();
        for (Endpoint endpoint : endpoints) {
            boolean onPlatform = !endpoint.pathParams().containsKey("tenant");
            // tokens live 5 minutes and the walk takes longer: Api.token renews them
            String primary = onPlatform ? Api.token("platform", "platform-operator")
                    : Api.token(TENANT, endpoint.roles().isEmpty() ? "tenant-admin" : endpoint.roles().get(0));
            Map<String, String> base = baseValues(endpoint);
            // every role of the tenant, and no token at all, on the base path with a malformed body
            for (String role : ROLES) {
                send(endpoint, "role " + role, Api.token(TENANT, role), base, JSON, body(endpoint, "{\"broken\":"));
            }
            send(endpoint, "no token", null, base, JSON, body(endpoint, "{\"broken\":"));
            if (onPlatform) {
                send(endpoint, "platform operator", Api.token("platform", "platform-operator"), base, JSON, body(endpoint, "{\"broken\":"));
            }
            pathCases(endpoint, primary, base);
            queryCases(endpoint, primary, base);
            bodyCases(endpoint, primary, base);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        Map<String, String> after = TableFingerprint.take();

        System.out.printf("BadInputIT: %d endpoints, %d requests in %d s, answers by status %s%n",
                endpoints.size(), requests, seconds, byStatus);
        System.out.println("BadInputIT: legit 2xx (reads of valid input): " + legit.size());
        legit.forEach(l -> System.out.println("  " + l));
        System.out.println("BadInputIT: refused by the HTTP layer before the application (not problem+json): " + container.size());
        container.stream().map(c -> c.replaceAll(" → .*", "")).limit(5).forEach(c -> System.out.println("  e.g. " + c));
        System.out.println("BadInputIT: findings: " + findings.size());
        findings.forEach(f -> System.out.println("  " + f));
        List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        System.out.println("BadInputIT: tables fingerprinted: " + before.size() + ", changed: " + changed);
        openApi(endpoints);
        assertEquals(List.of(), findings, "answers that are not 4xx problem details, or writes that succeeded");
        assertEquals(before, after, "the refused requests changed the database: " + changed);
    }

    /**
     * What MicroProfile OpenAPI (in Payara) serves at {@code /openapi} for comparison: the suite itself
     * works from the resource classes, which cannot miss an endpoint; the document is printed, not relied on.
     */
    private static void openApi(List<Endpoint> endpoints) {
        Api.Reply doc = Api.send("GET", "/openapi", null, null, null);
        long listed = doc.body().lines().filter(l -> l.matches("^  /[^:]*:\\s*$")).count();
        System.out.printf("BadInputIT: /openapi answered %d (%s), %d paths listed; the resource classes have %d methods on %d paths%n",
                doc.status(), doc.contentType(), listed, endpoints.size(),
                endpoints.stream().map(Endpoint::path).distinct().count());
    }

    /** A vendor and a using unit of another tenant, whose ids a caller of this tenant must never reach. */
    private void foreignFixture() {
        String admin = Api.token(OTHER_TENANT, "tenant-admin");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply vendor = Api.post("/api/v1/tenants/" + OTHER_TENANT + "/vendors", admin, "{\"name\":\"外租户服务商 " + tag + "\"}");
        assertEquals(201, vendor.status(), vendor::toString);
        foreignVendor = String.valueOf(vendor.json().asJsonObject().getJsonNumber("id").longValue());
        Api.Reply unit = Api.post("/api/v1/tenants/" + OTHER_TENANT + "/units", admin, "{\"name\":\"外租户单位 " + tag + "\"}");
        assertEquals(201, unit.status(), unit::toString);
        foreignUnit = String.valueOf(unit.json().asJsonObject().getJsonNumber("id").longValue());
    }

    private String scanRecord() {
        String base = "/api/v1/tenants/" + TENANT;
        String admin = tokens.get("tenant-admin");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String unit = "坏输入测试单位 " + tag;
        long vendorId = created(Api.post(base + "/vendors", admin, "{\"name\":\"坏输入测试服务商 " + tag + "\"}"));
        long unitId = created(Api.post(base + "/units", admin, "{\"name\":\"" + unit + "\"}"));
        long contract = created(Api.post(base + "/contracts", admin, "{\"vendorId\":" + vendorId + ",\"name\":\"坏输入 " + tag
                + "\",\"period\":{\"start\":\"2026-06-10\",\"end\":\"2027-06-09\"},\"total\":1000.00}"));
        Api.Reply imported = Api.upload(base + "/contracts/" + contract + "/items/import", admin,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", org.perfportal.it.Workbooks.xlsx("附件1",
                        new String[][] {{"序号", "单位名称", "运维项目名称", "主要运维内容"}, {"1", unit, "服务器运维", "服务器及网站运维"}}));
        assertEquals(200, imported.status(), imported::toString);
        long item = Api.get(base + "/contracts/" + contract + "/items", admin).json().asJsonArray().getJsonObject(0)
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply work = Api.post(base + "/om-monthly/scans", tokens.get("vendor"), "{\"contractId\":" + contract + ",\"unitId\":"
                + unitId + ",\"itemId\":" + item + ",\"at\":\"2026-10-25T14:00:00+08:00\",\"note\":\"扫描\"}");
        assertEquals(201, work.status(), work::toString);
        return work.json().asJsonObject().getString("id");
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static Map<String, String> baseValues(Endpoint endpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        endpoint.pathParams().keySet().forEach(name -> values.put(name, switch (name) {
            case "tenant" -> TENANT;
            case "month" -> "2026-10";
            case "year" -> "2026";
            case "quarter" -> "1";
            default -> MISSING_ID;
        }));
        return values;
    }

    private void pathCases(Endpoint endpoint, String token, Map<String, String> base) {
        byte[] body = body(endpoint, "{}");
        for (String name : endpoint.pathParams().keySet()) {
            List<String> values = name.equals("tenant")
                    ? List.of(OTHER_TENANT, "no-such-tenant", "LUOHE", "..%2F..%2Fetc%2Fpasswd")
                    : List.of("0", "-1", "1e20", "99999999999999999999", "NaN", "abc", "2026-13-45",
                            name.equals("unitId") ? foreignUnit : foreignVendor, "..%2F..%2Fetc%2Fpasswd", "a%00b");
            for (String value : values) {
                Map<String, String> path = new LinkedHashMap<>(base);
                path.put(name, value);
                send(endpoint, "path " + name + "=" + value, token, path, JSON, body);
            }
        }
    }

    private void queryCases(Endpoint endpoint, String token, Map<String, String> base) {
        for (String name : endpoint.queryParams().keySet()) {
            for (String value : List.of("abc", "-1", "1e20", "2026-13-45", "..%2F..%2Fetc%2Fpasswd", "a%00b", "x".repeat(2000))) {
                send(endpoint, "query " + name + "=" + abbreviate(value), token, base, "?" + name + "=" + value, JSON,
                        body(endpoint, "{}"));
            }
        }
    }

    private void bodyCases(Endpoint endpoint, String token, Map<String, String> base) {
        Class<?> type = endpoint.body();
        if (type == null) {
            return;
        }
        if (type == java.io.InputStream.class || type == byte[].class) {
            uploadCases(endpoint, token, base);
            return;
        }
        Consumer<String> json = text -> send(endpoint, "body " + abbreviate(text), token, base, JSON,
                text.getBytes(StandardCharsets.UTF_8));
        List.of("{\"broken\":", "<html></html>", "[]", "\"text\"", "42", "null", "{\"a\":NaN}", "{\"a\":1}}",
                "{\"no_such_field\":1}").forEach(json);
        send(endpoint, "no body", token, base, JSON, new byte[0]);
        send(endpoint, "text/plain body", token, base, "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
        send(endpoint, "xml body", token, base, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        if (type.isRecord()) {
            json.accept("{}");
            StringBuilder nulls = new StringBuilder("{");
            for (RecordComponent c : type.getRecordComponents()) {
                nulls.append(nulls.length() > 1 ? "," : "").append('"').append(c.getName()).append("\":null");
            }
            json.accept(nulls.append('}').toString());
            for (RecordComponent c : type.getRecordComponents()) {
                for (String bad : badValues(c.getType(), c.getGenericType())) {
                    json.accept("{\"" + c.getName() + "\":" + bad + "}");
                }
            }
        } else if (List.class.isAssignableFrom(type)) {
            List.of("[null]", "[42]", "[{\"broken\":1}]", "{}").forEach(json);
        }
    }

    /** Values a field of this type must not take: the wrong JSON type, and the type's own impossible values. */
    private static List<String> badValues(Class<?> type, java.lang.reflect.Type generic) {
        if (type == String.class) {
            // not "../../etc/passwd": a free-text name may read so; traversal is tried on file names and path parameters
            return List.of("{\"x\":1}", "[1]", quoted(HUGE), quoted("a\\u0000b\\u001b[31m"));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return List.of("\"abc\"", "1.5", "1e20", "-1", "0", "true");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            // not 0: an amount of zero is valid (a month without rent); negative amounts never are
            return List.of("\"abc\"", "\"NaN\"", "1e20", "-1", "-0.01", "1e400");
        }
        if (type == Boolean.class || type == boolean.class) {
            return List.of("\"maybe\"", "2");
        }
        if (type.isEnum()) {
            return List.of("\"NO_SUCH_VALUE\"", "3", "\"\"");
        }
        if (Temporal.class.isAssignableFrom(type) || type == java.time.YearMonth.class || type == java.time.Year.class) {
            return List.of("\"2026-02-30\"", "\"2026-13-01T25:61:00+08:00\"", "\"yesterday\"", "20261014", "\"+999999999-12-31\"");
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            java.lang.reflect.Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return element instanceof Class<?> e && e.isRecord()
                    ? List.of("\"text\"", "[null]", "[42]", "[{\"no_such_field\":1}]")
                    : List.of("\"text\"", "[null]", "[{}]");
        }
        if (type.isRecord()) {
            return List.of("\"text\"", "42", "[]", "{\"no_such_field\":1}");
        }
        return List.of("\"text\"", "[]");
    }

    private void uploadCases(Endpoint endpoint, String token, Map<String, String> path) {
        Map<String, String> base = new LinkedHashMap<>(path);
        if (endpoint.path().endsWith("/om-monthly/scans/{id}/reports")) {
            base.put("id", scan);
        }
        String query = endpoint.queryParams().containsKey("name") ? "?name=" : null;
        send(endpoint, "PNG declared as PDF", token, base, query == null ? "" : query + "report.pdf", "application/pdf", PNG);
        send(endpoint, "HTML declared as PNG", token, base, query == null ? "" : query + "photo.png", "image/png", HTML);
        send(endpoint, "empty upload", token, base, query == null ? "" : query + "empty.pdf", "application/pdf", new byte[0]);
        send(endpoint, "executable upload", token, base, query == null ? "" : query + "setup.exe", "application/x-msdownload",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        byte[] big = new byte[OVERSIZED];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        send(endpoint, "oversized upload", token, base, query == null ? "" : query + "big.pdf", "application/pdf", big);
        if (query != null) {
            for (String name : List.of("..%2F..%2Fetc%2Fpasswd", "a%00b.pdf", "%0D%0Aevil.pdf", "", "x".repeat(300) + ".pdf")) {
                send(endpoint, "file name " + abbreviate(name), token, base, query + name, "application/pdf",
                        "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private byte[] body(Endpoint endpoint, String json) {
        return endpoint.body() == null ? null : json.getBytes(StandardCharsets.UTF_8);
    }

    private void send(Endpoint endpoint, String kase, String token, Map<String, String> path, String contentType, byte[] body) {
        send(endpoint, kase, token, path, "", contentType, body);
    }

    private void send(Endpoint endpoint, String kase, String token, Map<String, String> path, String query,
                      String contentType, byte[] body) {
        String uri = endpoint.expand(path) + query;
        requests++;
        Api.Reply reply;
        try {
            reply = Api.send(endpoint.httpMethod(), uri, token, body == null ? null : contentType, body);
        } catch (java.io.UncheckedIOException e) {
            byStatus.merge(0, 1, Integer::sum);
            findings.add("no answer: " + endpoint + " [" + kase + "] → " + e.getCause());
            return;
        }
        byStatus.merge(reply.status(), 1, Integer::sum);
        String what = endpoint + " [" + kase + "] → " + reply.status() + " " + reply.contentType() + " "
                + abbreviate(reply.body());
        if (reply.status() >= 200 && reply.status() < 300) {
            if (endpoint.httpMethod().equals("GET")) {
                legit.add(endpoint + " [" + kase + "] → " + reply.status());
            } else {
                findings.add("write accepted: " + what);
            }
        } else if (reply.status() >= 500) {
            findings.add("server error: " + what);
        } else if (!reply.isProblem() && (kase.contains("%00") || kase.contains("%2F"))) {
            // refused by Payara's HTTP layer (a NUL or an encoded slash in the path) before the application sees it
            container.add(what);
        } else if (!reply.isProblem()) {
            findings.add("not a problem: " + what);
        } else if (reply.body().contains("Exception") || reply.body().contains("at org.") || reply.body().contains("java.")
                || reply.body().contains("jakarta.") || reply.body().contains("eclipse")) {
            findings.add("leaks internals: " + what);
        }
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
