package org.perfportal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

/** Reading an 附件1-shaped workbook, and the default category rule (类别) on typical item names. */
class OmItemSheetTest {

    @Test
    void readsRowsBelowTheHeaderSkippingTitleAndBlankRows() throws IOException {
        byte[] xlsx = workbook(new String[][] {
                {"B 包（65 项）"},
                {"序号", "单位名称", "运维项目名称", "主要运维内容"},
                {"1", "市农机中心", "互联网专线", "100M 互联网专线租赁"},
                {},
                {"2", "", "河南农机云平台（漯河平台）运维", "双中心服务器及运维支持"}});

        List<OmItemSheet.SheetRow> rows = OmItemSheet.read(xlsx);

        assertEquals(2, rows.size());
        assertEquals(new OmItemSheet.SheetRow(1, 5, "2", "", "河南农机云平台（漯河平台）运维", "双中心服务器及运维支持", ""), rows.get(1));
    }

    @Test
    void notAWorkbookIs400Body() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> OmItemSheet.read(new byte[] {1, 2, 3}));
        assertEquals("body", e.field());
    }

    @Test
    void defaultCategoryRule() {
        assertEquals(OmItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE, OmItemCategory.classify("基准站电路租用", "2M MPLS-VPN"));
        assertEquals(OmItemCategory.HARDWARE_AND_SYSTEM, OmItemCategory.classify("“蓝天卫士”监控系统运维", "线路使用费、设施租赁费"));
        assertEquals(OmItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE,
                OmItemCategory.classify("农村基层防汛预报预警体系传输服务", "约 91 张物联网流量卡"));
        assertEquals(OmItemCategory.HARDWARE_AND_SYSTEM, OmItemCategory.classify("家风好人馆信息化设备运维", "日常运行维护保障"));
        assertEquals(OmItemCategory.HARDWARE_AND_SYSTEM, OmItemCategory.parse("硬件及系统运维").orElseThrow());
        assertEquals(OmItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE,
                OmItemCategory.parse("line-lease-or-purchased-service").orElseThrow());
    }

    static byte[] workbook(String[][] cells) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("附件1");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
