package org.perfportal.reports.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfportal.reports.ReportFormat;

/**
 * Renders the golden fiscal self-evaluation table (财政项目支出绩效自评表) of
 * 上海市政务云基础设施服务费 (运维) and reads the PDF and the XLSX back.
 */
class FiscalTableRendererTest {

    private static final FiscalTableRenderer RENDERER = new FiscalTableRenderer();

    @Test
    void pdfEmbedsNotoSansScForEveryText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(GoldenFiscalTables.governmentCloud(false), ReportFormat.PDF))) {
            List<PDFont> fonts = fonts(pdf);
            assertFalse(fonts.isEmpty(), "the PDF uses no font");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("NotoSansSC"), font.getName() + " is not Noto Sans SC");
            }
        }
    }

    @Test
    void pdfShowsLabelsAndGoldenFigures() throws IOException {
        String text = pdfText(GoldenFiscalTables.governmentCloud(false));
        for (String expected : List.of("项目支出绩效自评表", "（2020年度）", "项目名称", "主管部门", "实施单位",
                "上海市大数据中心", "上海市政务云基础设施服务费", "年度资金总额", "全年预算数", "全年执行数",
                "¥42,546,380.00", "¥42,456,311.08", "年度总体目标", "一级指标", "三级指标",
                "偏差原因分析及改进措施", "99.79%", "9.98", "94.98", "100.00", "总分", "评价等级", "优",
                "上海-2020-v1", "2026-11-23 10:30")) {
            assertTrue(text.contains(expected), "PDF text lacks " + expected);
        }
        assertFalse(text.contains("草稿"), "a final table must not say 草稿");
    }

    @Test
    void draftPdfSaysDraft() throws IOException {
        assertTrue(pdfText(GoldenFiscalTables.governmentCloud(true)).contains("草稿"));
    }

    @Test
    void pdfPrintsValidationWarnings() throws IOException {
        String warning = "填报执行率 92.64% 与金额计算值 99.99% 不一致";
        String text = pdfText(GoldenFiscalTables.governmentCloud(false, List.of(warning)));
        assertTrue(text.contains("校验提示"), "warnings need their heading");
        assertTrue(text.contains(warning), "PDF text lacks the warning");
        assertFalse(pdfText(GoldenFiscalTables.governmentCloud(false)).contains("校验提示"));
    }

    /**
     * A linked indicator (故障响应及时率 filled from the record book) prints where its actual value came
     * from under the table; a table typed by hand has no 数据来源 block.
     */
    @Test
    void pdfPrintsTheSourceOfALinkedActualValue() throws IOException {
        FiscalTableData golden = GoldenFiscalTables.governmentCloud(false);
        String source = "本租户 2020 年运维记录：到期故障 4 起，按时响应与恢复 2 起";
        List<IndicatorRow> rows = new java.util.ArrayList<>(golden.indicators());
        IndicatorRow typed = rows.get(2);
        rows.set(2, new IndicatorRow(typed.level1(), typed.level2(), typed.level3(), typed.target(), "50.00%",
                typed.weight(), typed.score(), typed.deviation(), source));
        FiscalTableData linked = new FiscalTableData(golden.tenantName(), golden.year(), golden.projectName(),
                golden.competentDepartment(), golden.implementingUnit(), golden.totalFunds(), golden.currentAppropriation(),
                golden.carriedOver(), golden.otherFunds(), golden.executionRate(), golden.budgetWeight(), golden.budgetScore(),
                golden.annualGoal(), golden.actualCompletion(), rows, golden.totalScore(), golden.grade(),
                golden.schemeVersion(), golden.generatedAt(), golden.draft(), golden.warnings());
        String text = pdfText(linked).replace("\n", "");
        assertTrue(text.contains("数据来源"), text);
        assertTrue(text.contains("「故障响应及时率」实际完成值 50.00%：" + source), text);
        assertFalse(pdfText(golden).contains("数据来源"));
    }

    @Test
    void xlsxKeepsTheTotalScore() throws IOException {
        byte[] xlsx = render(GoldenFiscalTables.governmentCloud(false), ReportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            boolean totalFound = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    boolean numericTotal = cell.getCellType() == CellType.NUMERIC
                            && BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(new BigDecimal("94.98")) == 0;
                    totalFound |= numericTotal || formatter.formatCellValue(cell).contains("94.98");
                }
            }
            assertTrue(totalFound, "no cell holds the total 94.98");
            assertEquals("财政项目支出绩效自评表", sheet.getSheetName());
        }
    }

    private static String pdfText(FiscalTableData table) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(table, ReportFormat.PDF))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static byte[] render(FiscalTableData table, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(table, format, out);
        return out.toByteArray();
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
