package com.gasline.inspections.internal.rules;

import com.gasline.inspections.api.rest.CheckItem;
import com.gasline.inspections.api.rest.CheckedItem;
import com.gasline.inspections.api.rest.Outcome;

/** A checklist line as stored in one list column: {@code ITEM|OUTCOME|note}, the note free text (it may hold '|'). */
public final class ChecklistLines {

    private ChecklistLines() {
    }

    public static String encode(CheckedItem line) {
        return line.item() + "|" + line.outcome() + "|" + (line.note() == null ? "" : line.note());
    }

    public static CheckedItem decode(String line) {
        String[] parts = line.split("\\|", 3);
        String note = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null;
        return new CheckedItem(CheckItem.valueOf(parts[0]), Outcome.valueOf(parts[1]), note);
    }
}
