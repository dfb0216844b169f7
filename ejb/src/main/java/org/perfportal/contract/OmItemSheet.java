package org.perfportal.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfportal.shared.InvalidFieldException;

/**
 * Reads an O&amp;M item list (运维项目清单) shaped like the contract's 附件1 from an .xlsx
 * workbook (Apache POI): the first sheet, a header row with 序号, 单位名称, 运维项目名称,
 * 主要运维内容 and optionally 类别 (rows above it, such as a "B 包（65 项）" title, are skipped),
 * then one row per item; fully blank rows are skipped. Kept apart from the service so that the
 * spreadsheet's shape is one place and the service only sees rows. Pure: no database.
 */
public final class OmItemSheet {

    /** One data row as written; {@code index} is its 0-based position among the data rows ({@code rows[N]}). */
    public record SheetRow(int index, int sheetRow, String sequence, String unit, String name, String content,
                           String category) {
    }

    static final String SEQUENCE = "序号";
    static final String UNIT = "单位名称";
    static final String NAME = "运维项目名称";
    static final String CONTENT = "主要运维内容";
    static final String CATEGORY = "类别";

    private OmItemSheet() {
    }

    /** The data rows of the workbook; an unreadable workbook or one without the header is 400 {@code body}. */
    public static List<SheetRow> read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidFieldException("body", "the workbook has no sheet");
            }
            return rows(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFieldException invalid) {
                throw invalid;
            }
            throw new InvalidFieldException("body", "not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    private static List<SheetRow> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<String, Integer> columns = null;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (columns == null) {
                Map<String, Integer> header = new HashMap<>();
                for (Cell cell : row) {
                    header.put(formatter.formatCellValue(cell).strip(), cell.getColumnIndex());
                }
                if (header.containsKey(SEQUENCE) && header.containsKey(UNIT) && header.containsKey(NAME)) {
                    columns = header;
                }
                continue;
            }
            String sequence = text(row, columns.get(SEQUENCE), formatter);
            String unit = text(row, columns.get(UNIT), formatter);
            String name = text(row, columns.get(NAME), formatter);
            String content = text(row, columns.get(CONTENT), formatter);
            String category = text(row, columns.get(CATEGORY), formatter);
            if (sequence.isEmpty() && unit.isEmpty() && name.isEmpty() && content.isEmpty() && category.isEmpty()) {
                continue;
            }
            rows.add(new SheetRow(rows.size(), row.getRowNum() + 1, sequence, unit, name, content, category));
        }
        if (columns == null) {
            throw new InvalidFieldException("body", "no header row with " + SEQUENCE + ", " + UNIT + ", " + NAME);
        }
        return rows;
    }

    private static String text(Row row, Integer column, DataFormatter formatter) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
