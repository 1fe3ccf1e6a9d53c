package com.gasline.group.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.gasline.group.api.rest.BranchTemplate;
import com.gasline.group.api.rest.Drift;
import com.gasline.group.api.rest.ItemDiff;

class DriftCsvTest {

    @Test
    void aLinePerOverrideAndOneForABranchWithout() {
        Drift drift = new Drift("sla-policy", 2, List.of(
                new BranchTemplate("east", "sla-policy", 1, false, null, 2, List.of(),
                        List.of(new ItemDiff("outageNoticeHours", IntNode.valueOf(48), IntNode.valueOf(72)),
                                new ItemDiff("note", TextNode.valueOf("a, b"), TextNode.valueOf("c")),
                                new ItemDiff("added", null, IntNode.valueOf(1)))),
                new BranchTemplate("west", "sla-policy", 2, true, null, 2, List.of(), List.of()),
                new BranchTemplate("new", "sla-policy", null, false, null, null, List.of(), List.of())));
        assertEquals("branch,version,newest,followLatest,item,template,branchValue\r\n"
                + "east,1,2,false,outageNoticeHours,48,72\r\n"
                + "east,1,2,false,note,\"a, b\",c\r\n"
                + "east,1,2,false,added,,1\r\n"
                + "west,2,2,true,,,\r\n"
                + "new,,,false,,,\r\n", DriftCsv.write(drift));
    }
}
