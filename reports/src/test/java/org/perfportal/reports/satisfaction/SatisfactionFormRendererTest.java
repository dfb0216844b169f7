package org.perfportal.reports.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.assertContainsAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.PdfAssertions;
import org.perfportal.reports.ReportFormat;

/** Renders the satisfaction form (附件4.1) blank and filled, and reads the ticks back. */
class SatisfactionFormRendererTest {

    private static final SatisfactionFormRenderer RENDERER = new SatisfactionFormRenderer();

    @Test
    void theBlankFormHasEveryItemAndLevelAndNoTick() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenSatisfactionForms.blank(), ReportFormat.PDF));
        assertContainsAll(text, "政务信息系统运维满意度评价表", "使用单位（盖章）", "漯河市公安局", "评价周期", "评价日期",
                "评价内容", "开展情况", "基本满意", "一般", "不满意", "运维服务对接情况", "系统正常使用情况",
                "异常响应情况", "异常解决情况", "运维公司服务态度", "是否发生运维事故", "不满意原因", "意见建议",
                "签字", "盖章", "漯河市政务大数据中心", "luohe-2026", "2026-08-01 08:00");
        // 满意, 是 and 否 are also parts of 基本满意, 不满意, 是否发生…: they must stand as words of their own
        List<String> words = List.of(text.split("\\s+"));
        for (String label : List.of("满意", "是", "否")) {
            assertTrue(words.contains(label), label + " as a label of its own in " + words);
        }
        assertFalse(text.contains("√"), "a blank form has no tick");
    }

    @Test
    void theFilledFormTicksTheChosenLevels() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenSatisfactionForms.filled(), ReportFormat.PDF));
        // four 满意, one 基本满意, and 否 for the accident question
        assertEquals(6, text.chars().filter(c -> c == '√').count(), text);
        assertContainsAll(text, "2026-08-08", "7月18日故障恢复超过 2 小时", "建议故障期间每小时通报进展");
    }

    /** On the page too, each tick stands on its item's line and nearest to the chosen level's header. */
    @Test
    void thePdfTicksStandUnderTheirLevels() throws IOException {
        List<Word> words = Word.of(render(GoldenSatisfactionForms.filled(), ReportFormat.PDF));
        List<Word> levels = words.stream().filter(w -> List.of("满意", "基本满意", "一般", "不满意").contains(w.text())).toList();
        List<Word> items = words.stream().filter(w -> List.of("运维服务对接情况", "系统正常使用情况", "异常响应情况",
                "异常解决情况", "运维公司服务态度").contains(w.text())).toList();
        assertEquals(4, levels.size(), words::toString);
        Map<String, String> ticked = new LinkedHashMap<>();
        for (Word tick : words.stream().filter(w -> w.text().equals("√")).toList()) {
            Word item = nearest(items, tick, false);
            if (Math.abs(item.y() - tick.y()) < 40) {
                ticked.put(item.text(), nearest(levels, tick, true).text());
            }
        }
        assertEquals(Map.of("运维服务对接情况", "满意", "系统正常使用情况", "满意", "异常响应情况", "满意",
                "异常解决情况", "基本满意", "运维公司服务态度", "满意"), ticked);
    }

    private static Word nearest(List<Word> candidates, Word to, boolean byColumn) {
        return candidates.stream().min(java.util.Comparator.comparingDouble(
                w -> byColumn ? Math.abs(w.centre() - to.centre()) : Math.abs(w.y() - to.y()))).orElseThrow();
    }

    /** A word of the page's text with where it stands (PDF user space, y downwards). */
    private record Word(String text, float x, float endX, float y) {

        float centre() {
            return (x + endX) / 2;
        }

        static List<Word> of(byte[] pdf) throws IOException {
            List<Word> words = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (!positions.isEmpty() && !text.isBlank()) {
                            TextPosition first = positions.get(0);
                            TextPosition last = positions.get(positions.size() - 1);
                            words.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                                    first.getYDirAdj()));
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.getText(document);
            }
            return words;
        }
    }

    /**
     * Each tick stands in its item's rows and under the column of the level chosen for it (the header
     * cell of 满意, 基本满意 … spans several columns), and the accident question's tick follows 否.
     */
    @Test
    void xlsxHasTheTicksInTheirColumns() {
        Grid grid = Grid.of(render(GoldenSatisfactionForms.filled(), ReportFormat.XLSX));
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("运维服务对接情况", "满意");
        chosen.put("系统正常使用情况", "满意");
        chosen.put("异常响应情况", "满意");
        chosen.put("异常解决情况", "基本满意");
        chosen.put("运维公司服务态度", "满意");
        for (Map.Entry<String, String> item : chosen.entrySet()) {
            CellRangeAddress rows = grid.span(item.getKey());
            CellRangeAddress column = grid.span(item.getValue());
            List<int[]> ticks = grid.ticksIn(rows.getFirstRow(), rows.getLastRow());
            assertEquals(1, ticks.size(), item.getKey() + ": one tick in its rows");
            int tickColumn = ticks.get(0)[1];
            assertTrue(tickColumn >= column.getFirstColumn() && tickColumn <= column.getLastColumn(),
                    item.getKey() + ": the tick in column " + tickColumn + " is under " + item.getValue() + " " + column);
        }
        CellRangeAddress accident = grid.span("是否发生运维事故");
        List<int[]> ticks = grid.ticksIn(accident.getFirstRow(), accident.getLastRow());
        assertEquals(1, ticks.size(), "one answer to the accident question");
        assertTrue(ticks.get(0)[1] > grid.span("否").getLastColumn(), "the tick follows 否 (no accident), not 是");
        assertEquals(6, grid.ticksIn(0, Integer.MAX_VALUE).size(), "no other tick");
    }

    /** The first sheet's text cells by position, and the merged regions they head. */
    private record Grid(Map<String, int[]> labels, List<int[]> ticks, List<CellRangeAddress> merged) {

        static Grid of(byte[] xlsx) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                Map<String, int[]> labels = new LinkedHashMap<>();
                List<int[]> ticks = new ArrayList<>();
                DataFormatter formatter = new DataFormatter();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell).strip();
                        int[] at = {cell.getRowIndex(), cell.getColumnIndex()};
                        if (text.equals("√")) {
                            ticks.add(at);
                        } else if (!text.isEmpty()) {
                            labels.putIfAbsent(text, at);
                        }
                    }
                }
                return new Grid(labels, ticks, sheet.getMergedRegions());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The region of the cell whose whole text is {@code label}: its merged region, or the cell alone. */
        CellRangeAddress span(String label) {
            int[] at = labels.get(label);
            assertTrue(at != null, "no cell reads exactly " + label + ": " + labels.keySet());
            return merged.stream().filter(r -> r.isInRange(at[0], at[1])).findFirst()
                    .orElse(new CellRangeAddress(at[0], at[0], at[1], at[1]));
        }

        List<int[]> ticksIn(int firstRow, int lastRow) {
            return ticks.stream().filter(t -> t[0] >= firstRow && t[0] <= lastRow).toList();
        }
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SatisfactionItem("异常响应情况", "", "非常满意"));
    }

    private static byte[] render(SatisfactionFormData form, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(form, format, out);
        return out.toByteArray();
    }
}
