package org.perfportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * The business calendar as data (issue 13): the seeded 2025 and 2026 schedules, 2027 not entered (it is not
 * published; nothing here enters it), and every bad row refused by its position with nothing stored. The valid
 * round trips use 2099, a year no contract of the tests reaches.
 */
@PortalIT
class PlatformCalendarIT {

    private static final String CALENDAR = "/api/v1/platform/calendar/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String operator = Api.token("platform", "platform-operator");

    @Test
    void theShippedYearsAreStoredAnd2027IsNot() {
        JsonObject year2025 = Api.get(CALENDAR + "2025", operator).json().asJsonObject();
        JsonArray days = year2025.getJsonArray("days");
        assertEquals(33, days.size(), "the 2025 rows of calendar/cn-holidays.csv");
        assertEquals("2025-01-01", days.getJsonObject(0).getString("date"));
        assertEquals("HOLIDAY", days.getJsonObject(0).getString("kind"));
        assertEquals("元旦", days.getJsonObject(0).getString("name"));
        assertEquals(39, Api.get(CALENDAR + "2026", operator).json().asJsonObject().getJsonArray("days").size());

        Api.Reply missing = Api.get(CALENDAR + "2027", operator);
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("year", missing.json().asJsonObject().getString("field"));
        assertEquals(401, Api.get(CALENDAR + "2025", Api.token("luohe", "tenant-admin")).status());
    }

    @Test
    void aBadRowIs400NamingItAndNothingIsStored() {
        // Wednesday 2027-01-06 is a working day already: a make-up working day there is refused.
        assertRefused(Api.put(CALENDAR + "2027", operator, "{\"source\":\"测试\",\"days\":["
                + "{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2027-01-06\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\"}]}"), "days[1].date");
        assertRefused(Api.put(CALENDAR + "2027", operator, "{\"source\":\"测试\",\"days\":["
                + "{\"date\":\"2026-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]}"), "days[0].date");
        assertRefused(Api.putCsv(CALENDAR + "2027", operator, "# a comment\ndate,kind,name,source\n"
                + "2027-01-01,HOLIDAY,元旦,测试\n2027-01-02,HOLIDAY,元旦,测试\n2027-01-01,HOLIDAY,元旦,测试\n"), "rows[2].date");
        assertRefused(Api.putCsv(CALENDAR + "2027", operator, "2027-01-01,HOLIDAY,元旦,测试\n2027-01-02,HOLIDAY,元旦\n"), "rows[1]");
        assertRefused(Api.put(CALENDAR + "2027", operator, "{\"source\":\"测试\",\"days\":["
                + "{\"date\":\"2027-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"元旦\"}]}"), "days[0].kind");
        assertEquals(404, Api.get(CALENDAR + "2027", operator).status(), "nothing was stored for 2027");
    }

    @Test
    void aYearIsReplacedAsJsonOrCsv() {
        // Thursday 2099-01-01 off, Saturday 2099-01-03 worked; a holiday on a weekend (Saturday 01-10) is accepted.
        Api.Reply json = Api.put(CALENDAR + "2099", operator, "{\"source\":\"测试通知\",\"days\":["
                + "{\"date\":\"2099-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2099-01-03\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2099-01-10\",\"kind\":\"HOLIDAY\",\"name\":\"测试\",\"source\":\"另一通知\"}]}");
        assertEquals(200, json.status(), json::toString);
        JsonArray days = Api.get(CALENDAR + "2099", operator).json().asJsonObject().getJsonArray("days");
        assertEquals(3, days.size());
        assertEquals("MAKE_UP_WORKING_DAY", days.getJsonObject(1).getString("kind"));
        assertEquals("测试通知", days.getJsonObject(1).getString("source"));
        assertEquals("另一通知", days.getJsonObject(2).getString("source"));

        Api.Reply csv = Api.putCsv(CALENDAR + "2099", operator, "date,kind,name,source\n2099-01-02,HOLIDAY,元旦,CSV 通知\n");
        assertEquals(200, csv.status(), csv::toString);
        days = Api.get(CALENDAR + "2099", operator).json().asJsonObject().getJsonArray("days");
        assertEquals(1, days.size(), days::toString);
        assertEquals("2099-01-02", days.getJsonObject(0).getString("date"));
        assertEquals("CSV 通知", days.getJsonObject(0).getString("source"));
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
