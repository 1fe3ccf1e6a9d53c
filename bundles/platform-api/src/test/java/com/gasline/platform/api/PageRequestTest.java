package com.gasline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class PageRequestTest {

    @Test
    void defaults() {
        PageRequest page = PageRequest.of(null, null);
        assertEquals(0, page.offset());
        assertEquals(PageRequest.DEFAULT_SIZE, page.size());
    }

    @Test
    void theLastPageWhoseOffsetFitsIsAccepted() {
        int last = Integer.MAX_VALUE / 500;
        assertEquals(last * 500, PageRequest.of(last, 500).offset());
    }

    @Test
    void aPageWhoseOffsetOverflowsIsA400NamingPage() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 500));
        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
        assertEquals(1, e.errors().size());
    }

    @Test
    void aBadSizeIsNamedAloneEvenWithAHugePage() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 0));
        assertEquals("size", e.errors().get(0).field());
        assertEquals(1, e.errors().size());
    }

    @Test
    void aSliceCountsTheWholeListAndKeepsOnlyThePage() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(new Page<>(List.of(3, 4), 1, 2, 5), PageRequest.of(1, 2).slice(all));
        assertEquals(new Page<>(List.of(5), 2, 2, 5), PageRequest.of(2, 2).slice(all));
        assertEquals(new Page<>(List.of(), 9, 2, 5), PageRequest.of(9, 2).slice(all));
    }
}
