package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.gasline.inspections.api.rest.CheckItem;
import com.gasline.inspections.api.rest.CheckedItem;
import com.gasline.inspections.api.rest.Outcome;

class ChecklistLinesTest {

    @Test
    void aLineKeepsItsNoteEvenWithBars() {
        CheckedItem line = new CheckedItem(CheckItem.HOSE_AGE, Outcome.HAZARD, "胶管|龟裂");
        assertEquals("HOSE_AGE|HAZARD|胶管|龟裂", ChecklistLines.encode(line));
        assertEquals(line, ChecklistLines.decode(ChecklistLines.encode(line)));
    }

    @Test
    void aLineWithoutNoteReadsBackWithoutNote() {
        CheckedItem line = new CheckedItem(CheckItem.VALVE, Outcome.OK, null);
        assertEquals("VALVE|OK|", ChecklistLines.encode(line));
        assertEquals(line, ChecklistLines.decode("VALVE|OK|"));
        assertEquals(line, ChecklistLines.decode("VALVE|OK"));
    }
}
