package org.w3id.cityrights.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The "Underlying Data" export of the OHCHR ratification dashboard (.xls): one row per state with
 * signature and ratification or accession dates stored as Excel serial numbers. Read as published.
 */
final class OhchrStatusExport {
    record Entry(String country, LocalDate signature, LocalDate ratification, int line) {}

    private OhchrStatusExport() {}

    static List<Entry> read(Path file, String display) {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook wb = new HSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                String first = text(row.getCell(0));
                if (header < 0) {
                    if (first.equals("Country")) {
                        header = row.getRowNum();
                        String sig = text(row.getCell(1)), rat = text(row.getCell(2));
                        if (!sig.startsWith("Date of Signature") || !rat.startsWith("Date of Ratification")) {
                            throw new DataFileException(display, header + 1, "unexpected header: '" + sig + "', '" + rat + "'");
                        }
                    }
                    continue;
                }
                if (first.isEmpty() || first.startsWith("Definitions") || first.startsWith("Source")) continue;
                out.add(new Entry(first, date(row.getCell(1), display, row), date(row.getCell(2), display, row), row.getRowNum() + 1));
            }
            if (header < 0) throw new DataFileException(display, 0, "no header row starting with 'Country'");
        } catch (IOException e) {
            throw new DataFileException(display, 0, "cannot read the workbook: " + e.getMessage());
        }
        return out;
    }

    private static String text(Cell c) {
        if (c == null) return "";
        return c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : "";
    }

    private static LocalDate date(Cell c, String display, Row row) {
        if (c == null || c.getCellType() == CellType.BLANK) return null;
        if (c.getCellType() == CellType.NUMERIC) return DateUtil.getLocalDateTime(c.getNumericCellValue(), false).toLocalDate();
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank()) return null;
        throw new DataFileException(display, row.getRowNum() + 1, "expected a date in column " + (c.getColumnIndex() + 1));
    }
}
