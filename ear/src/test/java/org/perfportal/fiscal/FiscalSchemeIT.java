package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.assertFigures;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.assertProblem;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.governmentCloud;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * The self-evaluation template as Shanghai's scheme (issue 6) on the real stack: the seeded
 * {@code shanghai-2020} is published and is 财预〔2020〕10号; a bad template is refused naming its
 * JSON path; a new version with other grade bands grades a new draft by them while a submitted
 * form keeps the version it was filed with.
 */
@PortalIT
class FiscalSchemeIT {

    private static final String TENANT = "/api/v1/tenants/shanghai";
    private static final String BASE = TENANT + "/fiscal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("shanghai", "tenant-admin");
    private final String unit = Api.token("shanghai", "unit");
    private final String finance = Api.token("shanghai", "finance");

    @Test
    void shanghai2020IsSeededPublished() {
        JsonObject seeded = seeded();

        assertEquals("PUBLISHED", seeded.getString("status"));
        assertEquals("2020-01-01", seeded.getString("effectiveFrom"));
        JsonObject parameters = seeded.getJsonObject("parameters");
        assertEquals("财预〔2020〕10号", parameters.getString("basis"));
        assertEquals(10, parameters.getInt("executionRatePoints"));
        assertEquals(90, parameters.getInt("indicatorPoints"));
        assertEquals(Json.createObjectBuilder().add("output", 50).add("effect", 30).add("satisfaction", 10).build(),
                parameters.getJsonObject("levelOneWeights"));
        assertEquals(90, parameters.getJsonObject("gradeFloors").getInt("excellent"));
    }

    @Test
    void aBadTemplateIsRefusedNamingItsPath() {
        // 良 from 90 is not below 优 from 90
        String bad = seeded().getJsonObject("parameters").toString().replace("\"good\":80", "\"good\":90");
        assertProblem(Api.post(TENANT + "/schemes", admin, scheme("bad-" + UUID.randomUUID(), "2020-01-01", bad)), 400,
                "parameters.gradeFloors.good");
        String badWeights = seeded().getJsonObject("parameters").toString().replace("\"effect\":30", "\"effect\":40");
        assertProblem(Api.post(TENANT + "/schemes", admin, scheme("bad-" + UUID.randomUUID(), "2020-01-01", badWeights)), 400,
                "parameters.levelOneWeights");
    }

    @Test
    void aNewVersionGradesANewDraftButNotASubmittedForm() {
        // A year of its own, so the versions published here touch no other test's forms; version A
        // (the 2020 template) is published for it first, so whatever an earlier run left does not apply.
        int year = ThreadLocalRandom.current().nextInt(2040, 2100);
        String template2020 = seeded().getJsonObject("parameters").toString();
        String labelA = "it-a-" + UUID.randomUUID();
        publish(scheme(labelA, year + "-01-01", template2020));

        // golden row 3 under 财预〔2020〕10号 (DOMAIN.md §5): 9.98 + 85.00 = 94.98, ≥ 90 → 优
        JsonObject filed = submit(draft(year, governmentCloud(null)));
        assertEquals(labelA, filed.getString("schemeVersion"));
        assertFigures(filed.getJsonObject("submitted"), "99.79", "9.98", "85.00", "94.98", "优");

        // version B: 优 from 95, 良 from 85, 中 from 70, effective the same day, published later
        String labelB = "it-b-" + UUID.randomUUID();
        publish(scheme(labelB, year + "-01-01", template2020.replace("\"gradeFloors\":{\"excellent\":90,\"good\":80,\"fair\":60}",
                "\"gradeFloors\":{\"excellent\":95,\"good\":85,\"fair\":70}")));

        // the same form drafted now: 94.98 is below 95 and at least 85 → 良
        JsonObject fresh = draft(year, governmentCloud(null));
        assertEquals(labelB, fresh.getString("schemeVersion"));
        JsonObject freshResult = result(fresh);
        assertEquals(labelB, freshResult.getString("schemeVersion"));
        assertFigures(freshResult.getJsonObject("computed"), "99.79", "9.98", "85.00", "94.98", "良");

        // the filed form keeps version A: frozen figures and its computed result alike
        JsonObject filedResult = result(filed);
        assertEquals(labelA, filedResult.getString("schemeVersion"));
        assertFigures(filedResult.getJsonObject("submitted"), "99.79", "9.98", "85.00", "94.98", "优");
        assertFigures(filedResult.getJsonObject("computed"), "99.79", "9.98", "85.00", "94.98", "优");
    }

    @Test
    void aYearWithoutATemplateIsAConflictNamingTheScheme() {
        // no fiscal-self-evaluation version is in force before 2020-01-01
        Api.Reply project = Api.post(BASE + "/projects", unit, projectJson("无模板年度项目 " + UUID.randomUUID(), 2019));
        assertEquals(201, project.status(), project::toString);
        assertProblem(Api.post(BASE + "/projects/" + project.json().asJsonObject().getJsonNumber("id").longValue()
                + "/self-evaluations", unit, governmentCloud(null)), 409, "scheme");
    }

    private JsonObject seeded() {
        Api.Reply schemes = Api.get(TENANT + "/schemes", admin);
        assertEquals(200, schemes.status(), schemes::toString);
        return schemes.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("versionLabel").equals("shanghai-2020"))
                .findFirst().orElseThrow();
    }

    private static String scheme(String label, String effectiveFrom, String parameters) {
        return "{\"kind\":\"fiscal-self-evaluation\",\"versionLabel\":\"" + label + "\",\"effectiveFrom\":\"" + effectiveFrom
                + "\",\"parameters\":" + parameters + "}";
    }

    private void publish(String scheme) {
        Api.Reply created = Api.post(TENANT + "/schemes", admin, scheme);
        assertEquals(201, created.status(), created::toString);
        JsonObject draft = created.json().asJsonObject();
        Api.Reply published = Api.post(TENANT + "/schemes/" + draft.getJsonNumber("id").longValue() + "/publish", admin,
                "{\"version\":" + draft.getJsonNumber("version").longValue() + "}");
        assertEquals(200, published.status(), published::toString);
    }

    private static String projectJson(String name, int year) {
        return FiscalSelfEvaluationIT.projectJson(name).replace("\"year\":2020", "\"year\":" + year);
    }

    private JsonObject draft(int year, String form) {
        Api.Reply project = Api.post(BASE + "/projects", unit, projectJson("模板版本项目 " + UUID.randomUUID(), year));
        assertEquals(201, project.status(), project::toString);
        Api.Reply drafted = Api.post(BASE + "/projects/" + project.json().asJsonObject().getJsonNumber("id").longValue()
                + "/self-evaluations", unit, form);
        assertEquals(201, drafted.status(), drafted::toString);
        return drafted.json().asJsonObject();
    }

    private JsonObject submit(JsonObject draft) {
        Api.Reply submitted = Api.post(BASE + "/self-evaluations/" + draft.getJsonNumber("id").longValue() + "/submit", unit, "");
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted.json().asJsonObject();
    }

    private JsonObject result(JsonObject evaluation) {
        Api.Reply reply = Api.get(BASE + "/self-evaluations/" + evaluation.getJsonNumber("id").longValue() + "/result", finance);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }
}
