package com.gasline.platform.api.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.safe("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvCells.safe("+1"));
        assertEquals("'-1+2", CsvCells.safe("-1+2"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
        assertEquals("'\rx", CsvCells.safe("\rx"));
    }

    @Test
    void ordinaryTextStays() {
        assertEquals("GD202601010001", CsvCells.safe("GD202601010001"));
        assertEquals("王=李", CsvCells.safe("王=李"));
        assertEquals("a", CsvCells.safe("a"));
        assertEquals("", CsvCells.safe(""));
        assertEquals("", CsvCells.safe(null));
    }

    @Test
    void aRowNeutralisesItsTextsAndKeepsItsNumbers() {
        assertArrayEquals(new Object[] { "'=1+1", 5, null, "ok", -3 }, CsvCells.row("=1+1", 5, null, "ok", -3));
    }
}
