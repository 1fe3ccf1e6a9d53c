package com.gasline.client;

import java.util.List;

/** One page of a list answer, {@code {items, page, size, total}}: {@code total} counts every match, not just this page. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** True when pages after this one hold more items. */
    public boolean hasMore() {
        return (long) (page + 1) * size < total;
    }
}
