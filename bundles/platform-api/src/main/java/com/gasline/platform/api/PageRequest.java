package com.gasline.platform.api;

import java.util.List;
import java.util.function.Function;

import javax.persistence.TypedQuery;

import com.gasline.platform.api.problem.Validation;

/** {@code ?page=0&size=50}, size at most 500; the offset always fits an {@code int}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Validates query parameters (null means default) and answers 400 naming the bad field. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        boolean sizeOk = s >= 1 && s <= MAX_SIZE;
        new Validation()
                .check(p >= 0, "page", "不能为负数", "must not be negative")
                .check(!sizeOk || (long) p * s <= Integer.MAX_VALUE, "page", "太大，超出了可翻到的范围",
                        "is too large: no list reaches that far")
                .check(sizeOk, "size", "必须在 1 到 500 之间", "must be between 1 and 500")
                .throwIfInvalid();
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** This page of a list the database counts and windows: {@code total} from the count query, not from the items read. */
    public <E, T> Page<T> read(TypedQuery<Long> count, TypedQuery<E> items, Function<? super E, ? extends T> view) {
        long total = count.getSingleResult();
        List<T> found = total <= offset() ? List.of()
                : items.setFirstResult(offset()).setMaxResults(size).getResultList().stream().<T>map(view).toList();
        return new Page<>(found, page, size, total);
    }

    /** This page of a list that is computed whole (a report over a bounded range): {@code total} is its full length. */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset());
        int to = (int) Math.min(all.size(), (long) from + size);
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }
}
