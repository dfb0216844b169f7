package org.perfportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.perfportal.it.Api;
import org.perfportal.it.Browser;
import org.perfportal.it.Deployments;
import org.perfportal.it.OmContracts;
import org.perfportal.it.PortalIT;

/**
 * The browser portal in real headless Chromium against the real stack: logins through the tenant
 * realm's Keycloak login page, the monthly O&amp;M work of the vendor and the using unit, a refused
 * form, and a user of one realm opening another tenant's pages. Demo data is off: each test
 * registers its own contract whose service year lies around today (it starts on the 10th five
 * months back), so the current and the last ended contract month are always in it. Screenshots of
 * every main page go to {@code ear/target/screenshots}.
 */
@PortalIT
class WebPortalIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");

    /**
     * Now as the server's clock reads it, give or take the minutes since it started (the ear pom pins
     * it: Api.SERVER_CLOCK_START), in Beijing time: times before it are in the past for the server
     * on whatever day the tests run.
     */
    private static ZonedDateTime serverNow() {
        return Api.SERVER_CLOCK_START.atZone(BEIJING).withSecond(0).withNano(0);
    }

    /** A service year around the server's today: from the 10th of the month five months back. */
    private static LocalDate yearAroundToday() {
        return serverNow().toLocalDate().minusMonths(5).withDayOfMonth(10);
    }

    /** The contract month (starting on the 10th) a Beijing time falls in, as the API labels it. */
    private static String monthOf(ZonedDateTime time) {
        LocalDate day = time.toLocalDate();
        return (day.getDayOfMonth() < 10 ? day.minusMonths(1) : day).toString().substring(0, 7);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndDeepLinksServeTheApp() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/t/luohe/faults?contract=1", "/api/v1/tenants", "/api/v1/tenants/luohe/vendors"}) {
            java.net.http.HttpResponse<String> res = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Api.PORTAL_URL + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String csp = res.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("connect-src 'self' http://localhost:" + Integer.getInteger("it.keycloak.port")), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", res.headers().firstValue("Referrer-Policy").orElse(""), path);
            if (path.startsWith("/t/") || path.equals("/")) {
                assertEquals(200, res.statusCode(), path);
                assertTrue(res.body().contains("<div id=\"app\"></div>"), path + ": " + res.body());
            }
        }
        Api.Reply tenants = Api.get("/api/v1/tenants", null);
        assertEquals(200, tenants.status(), tenants::toString);
        assertTrue(tenants.body().contains("\"displayName\":\"漯河市政务大数据中心\""), tenants::toString);
        // other ITs register tenants of their own: every entry, whatever its name, has only these two fields
        tenants.json().asJsonArray().forEach(t -> assertEquals(java.util.Set.of("id", "displayName"),
                t.asJsonObject().keySet(), "id and display name only: " + tenants));
        Api.Reply signIn = Api.get("/api/v1/tenants/ordos/sign-in", null);
        assertEquals(200, signIn.status(), signIn::toString);
        assertEquals("ordos", signIn.json().asJsonObject().getString("realm"));
        assertEquals("portal-web", signIn.json().asJsonObject().getString("clientId"));
        assertEquals(404, Api.get("/api/v1/tenants/nowhere/sign-in", null).status());
        assertEquals(401, Api.get("/api/v1/tenants/luohe/vendors", null).status(), "other paths still need a token");
    }

    @Test
    void landingPageListsTheTenantsAndSendsToTheRealmsLogin() {
        try (Browser browser = new Browser()) {
            browser.open("/").awaitText("[data-test=tenant-list]", "漯河市政务大数据中心");
            browser.screenshot("01-landing");
            browser.assertNoCspViolations();
            browser.find("[data-tenant=luohe]").click();
            browser.await("#username");
            assertTrue(browser.driver().getCurrentUrl().contains("/realms/luohe/protocol/openid-connect/auth"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.driver().getCurrentUrl().contains("code_challenge_method=S256"), "PKCE S256");
            browser.screenshot("02-keycloak-login");
            browser.login("finance");
            browser.awaitText("[data-test=tenant-name]", "漯河市政务大数据中心");
            browser.awaitText("[data-test=roles]", "财务人员");
            browser.screenshot("03-home-finance");
            browser.assertNoCspViolations();
        }
    }

    @Test
    void vendorLogsAFaultAndSeesIt() {
        OmContracts.Contract c = OmContracts.register(admin, yearAroundToday());
        ZonedDateTime now = serverNow();
        ZonedDateTime reported = now.minusMinutes(50);
        try (Browser browser = new Browser()) {
            browser.open("/t/luohe/").login("vendor");
            browser.open("/t/luohe/faults?contract=" + c.id() + "&month=" + monthOf(reported));
            browser.await("[data-test=fault-form]");
            browser.find("[data-test=level] [data-level='2']").click();
            browser.select("[data-test=item]", "“智慧政协”二期——软件平台运维");
            browser.find("textarea[data-test=description]").sendKeys("智慧政协平台登录缓慢");
            type(browser, "reported", reported);
            type(browser, "responded", now.minusMinutes(45));
            type(browser, "restored", now.minusMinutes(10));
            browser.screenshot("04-vendor-fault-form");
            browser.find("[data-test=save-fault]").click();
            browser.awaitText("[data-test=fault-list]", "“智慧政协”二期——软件平台运维");
            String list = browser.find("[data-test=fault-list]").getText();
            assertTrue(list.contains("2级"), list);
            assertTrue(list.contains(reported.getYear() + "年" + reported.getMonthValue() + "月" + reported.getDayOfMonth() + "日 "
                    + reported.toLocalTime()), list);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find("[data-test=fault-list]"));
            browser.screenshot("05-vendor-fault-list");
            browser.assertNoCspViolations();
        }
    }

    @Test
    void aRefusedFormShowsTheFieldsMessageNextToItAndKeepsWhatWasTyped() {
        OmContracts.Contract c = OmContracts.register(admin, yearAroundToday());
        ZonedDateTime now = serverNow();
        try (Browser browser = new Browser()) {
            browser.open("/t/luohe/faults?contract=" + c.id() + "&month=" + monthOf(now.minusMinutes(30))).login("vendor");
            browser.await("[data-test=fault-form]");
            browser.select("[data-test=item]", "社区矫正信息系统运维");
            browser.find("textarea[data-test=description]").sendKeys("恢复时间早于报修时间");
            type(browser, "reported", now.minusMinutes(30));
            type(browser, "restored", now.minusMinutes(40));
            browser.find("[data-test=save-fault]").click();
            browser.await("[data-test=problem]");
            WebElement restoredItem = browser.find("[data-test=restored]").findElement(
                    org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'el-form-item')][1]"));
            browser.await(".el-form-item.is-error .el-form-item__error");
            String message = restoredItem.findElement(org.openqa.selenium.By.cssSelector(".el-form-item__error")).getText();
            assertFalse(message.isBlank(), "the restored field's message");
            assertEquals("恢复时间早于报修时间", browser.find("textarea[data-test=description]").getAttribute("value"));
            assertEquals(now.minusMinutes(30).format(TYPED), browser.find("[data-test=reported] input").getAttribute("value"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", restoredItem);
            browser.screenshot("06-vendor-fault-refused");
        }
    }

    @Test
    void unitSubmitsTheSatisfactionFormAndASecondOneIsRefusedWithTheApisMessage() {
        OmContracts.Contract c = OmContracts.register(admin, yearAroundToday());
        String username = "unit-" + c.tag();
        Api.unitUserToken("luohe", username, c.unit(3));
        try (Browser browser = new Browser()) {
            browser.open("/t/luohe/").login(username);
            browser.find("[data-menu=satisfaction]").click();
            browser.open("/t/luohe/satisfaction?contract=" + c.id() + "&month=" + previous(monthOf(serverNow())));
            browser.awaitText("[data-test=unit-name]", "市政协");
            String[] levels = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "SATISFIED", "AVERAGE"};
            for (int i = 0; i < levels.length; i++) {
                browser.find("[data-rating='" + i + "'] input[data-level=" + levels[i] + "]").click();
            }
            browser.find("textarea[data-test=suggestions]").sendKeys("保持现有服务水平");
            browser.screenshot("07-unit-satisfaction-form");
            browser.find("[data-test=submit-form]").click();
            browser.await("[data-test=submitted]");
            browser.screenshot("08-unit-satisfaction-submitted");
            assertTrue(browser.findAll("[data-test=submit-form]").isEmpty(), "a submitted form is final");
            // the unit comes back to the page and fills the month's form again
            browser.open("/t/luohe/satisfaction?contract=" + c.id() + "&month=" + previous(monthOf(serverNow())));
            browser.awaitText("[data-test=unit-name]", "市政协");
            for (int i = 0; i < levels.length; i++) {
                browser.find("[data-rating='" + i + "'] input[data-level=DISSATISFIED]").click();
            }
            browser.find("textarea[data-test=suggestions]").sendKeys("保持现有服务水平");
            browser.find("[data-test=submit-form]").click();
            browser.await("[data-test=error-month]");
            String problem = browser.find("[data-test=problem]").getText();
            assertFalse(problem.isBlank(), "the API's message");
            assertEquals(problem.strip(), browser.find("[data-test=error-month]").getText().strip());
            assertEquals("保持现有服务水平", browser.find("textarea[data-test=suggestions]").getAttribute("value"));
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("09-unit-satisfaction-second-refused");
            browser.assertNoCspViolations();
        }
    }

    @Test
    void aLuoheUserOpeningOrdosGetsTheOrdosLoginAndNoOrdosData() {
        try (Browser browser = new Browser()) {
            browser.open("/t/luohe/").login("vendor");
            browser.awaitText("[data-test=tenant-name]", "漯河市政务大数据中心");
            browser.open("/t/ordos/");
            browser.await("#username");
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.contains("/realms/ordos/protocol/openid-connect/auth"), url);
            assertTrue(browser.findAll("[data-test=tenant-name]").isEmpty(), "no portal page of ordos before its login");
            browser.screenshot("10-ordos-login-for-a-luohe-user");
        }
    }

    @Test
    void assessorComputesAndSubmitsTheApproverApprovesAndTheVendorSeesIt() {
        OmContracts.Contract c = OmContracts.register(admin, yearAroundToday());
        String month = previous(monthOf(serverNow()));
        String page = "/t/luohe/assessment?contract=" + c.id() + "&month=" + month;
        try (Browser browser = new Browser()) {
            browser.open(page).login("assessor");
            browser.await("[data-test=no-result]");
            browser.screenshot("11-assessor-month-empty");
            browser.find("[data-test=compute]").click();
            browser.awaitText("[data-test=status]", "草稿");
            assertFalse(browser.find("[data-test=score]").getText().isBlank());
            assertTrue(browser.find("[data-test=money]").getText().startsWith("¥"), browser.find("[data-test=money]").getText());
            browser.screenshot("12-assessor-month-computed");
            browser.find("[data-test=submit]").click();
            browser.awaitText("[data-test=status]", "已提交");
            browser.assertNoCspViolations();
        }
        try (Browser browser = new Browser()) {
            browser.open(page).login("approver");
            browser.awaitText("[data-test=status]", "已提交");
            browser.find("[data-test=approve]").click();
            browser.awaitText("[data-test=status]", "已审定");
            browser.screenshot("13-approver-approved");
        }
        try (Browser browser = new Browser()) {
            browser.open(page).login("vendor");
            browser.awaitText("[data-test=status]", "已审定");
            assertTrue(browser.findAll("[data-test=compute]").isEmpty(), "a vendor cannot compute");
            assertTrue(browser.findAll("[data-test=approve]").isEmpty(), "a vendor cannot approve");
            browser.screenshot("14-vendor-sees-approved-result");
        }
    }

    @Test
    void financeSeesThePaymentScheduleAndDownloadsItsPdf() throws Exception {
        OmContracts.Contract c = OmContracts.register(admin, yearAroundToday());
        // the document settles approved months: the contract's first month is approved through the API
        String assessor = Api.token("luohe", "assessor");
        Api.Reply draft = Api.post(c.assessments(), assessor, "{\"month\":\"" + yearAroundToday().toString().substring(0, 7) + "\"}");
        assertEquals(201, draft.status(), draft::toString);
        String path = c.assessments() + "/" + draft.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Reply submitted = Api.post(path + "/submit", assessor, "{\"version\":" + draft.json().asJsonObject().getInt("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        Api.Reply approved = Api.post(path + "/approve", Api.token("luohe", "approver"),
                "{\"version\":" + submitted.json().asJsonObject().getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        try (Browser browser = new Browser()) {
            browser.open("/t/luohe/payments?contract=" + c.id()).login("finance");
            browser.awaitText("[data-installment='1']", "¥2,906,250.00");
            browser.screenshot("15-finance-payment-schedule");
            browser.find("[data-test=download-pdf]").click();
            java.nio.file.Path pdf;
            try {
                pdf = browser.downloaded(".pdf");
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("16-finance-pdf-not-downloaded");
                throw new AssertionError("no PDF downloaded; page: " + browser.find("main").getText().substring(0, 400) + "; console: "
                        + browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll(), e);
            }
            browser.awaitText("[data-test=job]", "文档已生成");
            browser.screenshot("16-finance-pdf-downloaded");
            String text;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
            assertTrue(text.contains("2,906,250.00"), text);
            assertTrue(text.contains("贰佰玖拾万陆仟贰佰伍拾元整"), text);
            browser.assertNoCspViolations();
        }
    }

    private static String previous(String month) {
        return java.time.YearMonth.parse(month).minusMonths(1).toString();
    }

    /** Types a Beijing time into an Element Plus date-time field as a user would, and confirms it. */
    private static void type(Browser browser, String field, ZonedDateTime time) {
        WebElement input = browser.find("[data-test=" + field + "] input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(time.format(TYPED), Keys.ENTER);
        browser.find(".page-title").click();
    }
}
