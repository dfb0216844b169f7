package org.perfportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Luohe B 包-like O&amp;M contract registered through the API for one test (demo data is off in the
 * ITs): 11,625,000.00 over 2026-06-10 … 2027-06-09 in four installments (monthly fee 968,750.00,
 * installment 2,906,250.00), the 10 using units of 附件1 (names suffixed with a random tag so that
 * tests never meet each other's) and 15 items imported from an 附件1-shaped workbook — 9 systems over
 * 7 units, 3 units with line leases only. Shared by the Luohe assessment and document ITs.
 */
public final class OmContracts {

    /** The using units of 附件1, in the order of the workbook. */
    public static final String[] UNITS = {"市农机中心", "市农业农村局", "市科技局", "市政协", "市自然资源和规划局",
            "市畜牧局", "市水利局", "市司法局", "市审信局", "市气象局"};

    private static final String BASE = "/api/v1/tenants/luohe";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private OmContracts() {
    }

    /**
     * A registered contract: its tag, id, unit ids by name (without the tag), item ids by the
     * workbook's 序号, and the paths of its assessments and payment schedule.
     */
    public record Contract(String tag, long id, Map<String, Long> units, Map<Integer, Long> items, String assessments,
                           String schedule) {

        public long unit(int index) {
            return units.get(UNITS[index]);
        }
    }

    /** Registers a vendor, the 10 units, the contract and its items with the tenant admin's token. */
    public static Contract register(String admin) {
        return register(admin, java.time.LocalDate.of(2026, 6, 10));
    }

    /**
     * As {@link #register(String)}, the service year starting on {@code start} (a 10th) instead of
     * 2026-06-10: tests that act "now" (the browser tests) take a year around today.
     */
    public static Contract register(String admin, java.time.LocalDate start) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendorId = id(Api.post(BASE + "/vendors", admin, "{\"name\":\"中移建设有限公司 " + tag + "\"}"));
        Map<String, Long> units = new LinkedHashMap<>();
        for (String name : UNITS) {
            units.put(name, id(Api.post(BASE + "/units", admin, "{\"name\":\"" + name + " " + tag + "\"}")));
        }
        long contract = id(Api.post(BASE + "/contracts", admin, "{\"vendorId\":" + vendorId
                + ",\"name\":\"" + start.getYear() + " 年度市级非涉密政务信息系统一体化运维项目（B 包）\",\"period\":{\"start\":\"" + start
                + "\",\"end\":\"" + start.plusYears(1).minusDays(1) + "\"},\"total\":11625000.00}"));
        String line = "线路租赁和购买服务";
        String system = "硬件及系统运维";
        String[][] rows = {
                {"序号", "单位名称", "运维项目名称", "主要运维内容", "类别"},
                {"1", UNITS[0] + " " + tag, "互联网专线", "100M 互联网专线租赁", line},
                {"2", "", "河南农机云平台（漯河平台）运维", "双中心服务器及运维支持", system},
                {"3", UNITS[1] + " " + tag, "“蓝天卫士”监控系统运维", "329 路监控摄像头运维", system},
                {"4", "", "机房及办公网络安全运维", "机房和办公网络巡检", system},
                {"5", UNITS[2] + " " + tag, "互联网专线接入", "办公互联网专线 1 条租赁", line},
                {"6", UNITS[3] + " " + tag, "“智慧政协”二期——软件平台运维", "平台运维", system},
                {"7", UNITS[4] + " " + tag, "规划业务审批相关系统运维", "系统运行维护", system},
                {"8", "", "“多规合一”业务协同平台运行维护", "软件功能模块运行维护", system},
                {"9", "", "基准站电路租用", "2M MPLS-VPN 电路租赁", line},
                {"10", UNITS[5] + " " + tag, "互联网专线", "100M 互联网专线租赁", line},
                {"11", UNITS[6] + " " + tag, "市水利局机房设备维护", "机房网络和安全设备运维", system},
                {"12", UNITS[7] + " " + tag, "社区矫正信息系统运维", "系统运维", system},
                {"13", UNITS[8] + " " + tag, "市级财政国库网上支付扩面所需网络线路", "108 条 10M 数据专线租赁", line},
                {"14", UNITS[9] + " " + tag, "气象信息系统运维", "系统运维", system},
                {"15", UNITS[9] + " " + tag, "气象专线", "专线租赁", line}};
        Api.Reply imported = Api.upload(BASE + "/contracts/" + contract + "/items/import", admin, XLSX, Workbooks.xlsx("附件1", rows));
        assertEquals(200, imported.status(), imported::toString);
        Map<Integer, Long> items = new LinkedHashMap<>();
        for (JsonValue group : Api.get(BASE + "/contracts/" + contract + "/items", admin).json().asJsonArray()) {
            group.asJsonObject().getJsonArray("items").forEach(i -> items.put(i.asJsonObject().getInt("sequence"),
                    i.asJsonObject().getJsonNumber("id").longValue()));
        }
        String path = BASE + "/om-monthly/contracts/" + contract;
        return new Contract(tag, contract, units, items, path + "/assessments", path + "/payment-schedule");
    }

    private static long id(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }
}
