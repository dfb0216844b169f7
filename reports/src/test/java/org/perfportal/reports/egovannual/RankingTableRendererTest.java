package org.perfportal.reports.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfportal.reports.ReportFormat;

/**
 * Renders a Pingliang ranking table (排名表) with a tie and a capped bonus, and reads the PDF and
 * the XLSX back: Chinese labels, the units, the figures, the header facts and the draft marker.
 */
class RankingTableRendererTest {

    private static final RankingTableRenderer RENDERER = new RankingTableRenderer();

    /** 2026-11-23T02:30Z = 10:30 in Asia/Shanghai. */
    private static final Instant PRODUCED = Instant.parse("2026-11-23T02:30:00Z");

    /**
     * 崆峒区 98 + 5 (bonus 6 capped at 5) = 103; 泾川县 and 灵台县 tie on 95.5 and share rank 2; 崇信县
     * 4th; 市财政局 alone in the department set.
     */
    static RankingTableData table(boolean draft) {
        return new RankingTableData("平凉市信息化工作办公室", 2026, "pingliang-2025", PRODUCED, draft, List.of(
                new RankingRow("县区", 1, "崆峒区", new BigDecimal("98.00"), new BigDecimal("5.00"), new BigDecimal("103.00")),
                new RankingRow("县区", 2, "泾川县", new BigDecimal("93.50"), new BigDecimal("2.00"), new BigDecimal("95.50")),
                new RankingRow("县区", 2, "灵台县", new BigDecimal("93.50"), new BigDecimal("2.00"), new BigDecimal("95.50")),
                new RankingRow("县区", 4, "崇信县", new BigDecimal("90.00"), new BigDecimal("0.00"), new BigDecimal("90.00")),
                new RankingRow("市直部门", 1, "市财政局", new BigDecimal("88.25"), new BigDecimal("3.00"), new BigDecimal("91.25"))));
    }

    @Test
    void pdfShowsTheTitleHeaderFactsUnitsAndFigures() throws IOException {
        byte[] pdf = render(table(false), ReportFormat.PDF);
        String text = text(pdf);
        for (String expected : List.of("平凉市电子政务工作考核排名表", "（2026年度）", "平凉市信息化工作办公室", "pingliang-2025",
                "生成时间 2026-11-23 10:30（北京时间）", "县区考核排名", "市直部门考核排名", "名次", "单位名称", "基本分", "加分", "总分",
                "崆峒区", "泾川县", "灵台县", "崇信县", "市财政局", "103.00", "95.50", "93.50", "88.25", "91.25", "5.00")) {
            assertTrue(text.contains(expected), "PDF text lacks " + expected + " in:\n" + text);
        }
        assertFalse(text.contains("草稿"), "a published ranking must not say 草稿");
        // The rows keep their order and the shared rank: 1 崆峒区, 2 泾川县, 2 灵台县, 4 崇信县.
        assertTrue(text.indexOf("崆峒区") < text.indexOf("泾川县") && text.indexOf("灵台县") < text.indexOf("崇信县"));
        Path out = Path.of("target", "pingliang-ranking-2026.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void anUnpublishedRankingIsMarkedDraft() throws IOException {
        assertTrue(text(render(table(true), ReportFormat.PDF)).contains("草稿（未定稿，仅供核对）"));
    }

    @Test
    void xlsxHoldsTheSameRowsWithNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(table(false), ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("年度考核排名表", sheet.getSheetName());
            DataFormatter format = new DataFormatter();
            List<String> lines = new ArrayList<>();
            double total = 0;
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(format.formatCellValue(cell)).append('|'));
                lines.add(line.toString());
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && cell.getNumericCellValue() > 50) {
                        total += cell.getNumericCellValue();
                    }
                }
            }
            String all = String.join("\n", lines);
            assertTrue(all.contains("崆峒区"), all);
            assertTrue(all.contains("市财政局"), all);
            // Numeric cells above 50 are the regular scores and totals:
            // 98 + 103 + 93.5 + 95.5 + 93.5 + 95.5 + 90 + 90 + 88.25 + 91.25 = 938.5.
            assertEquals(938.5, total, 1e-9, all);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] render(RankingTableData table, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(table, format, out);
        return out.toByteArray();
    }
}
