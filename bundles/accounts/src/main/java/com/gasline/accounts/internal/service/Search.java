package com.gasline.accounts.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;

/**
 * A JPQL search over one entity built from the criteria the clerk filled in. The tenant is never
 * named here: EclipseLink adds it to every query, PostgreSQL RLS checks it again.
 */
public final class Search<T> {

    private final Class<T> type;
    private final String orderBy;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Search(Class<T> type, String orderBy) {
        this.type = type;
        this.orderBy = orderBy;
    }

    public Search<T> equal(String field, Object value) {
        if (value != null) {
            String p = param(value);
            where.add("e." + field + " = :" + p);
        }
        return this;
    }

    /** {@code field} starts with {@code text} (index friendly). */
    public Search<T> startsWith(String field, String text) {
        if (text != null) {
            where.add("e." + field + " like :" + param(escape(text) + "%") + " escape '\\'");
        }
        return this;
    }

    public Search<T> contains(String field, String text) {
        if (text != null) {
            where.add("e." + field + " like :" + param("%" + escape(text) + "%") + " escape '\\'");
        }
        return this;
    }

    /** The area itself or anything below it: {@code 东城区} matches {@code 东城区/幸福小区/…}, not {@code 东城区二}. */
    public Search<T> within(String field, String area) {
        if (area != null) {
            String self = param(area);
            String below = param(escape(area) + "/%");
            where.add("(e." + field + " = :" + self + " or e." + field + " like :" + below + " escape '\\')");
        }
        return this;
    }

    /** Any of the alternatives, each built on a fresh search (e.g. name or phone for one box). */
    public Search<T> anyOf(List<Search<T>> alternatives) {
        List<String> parts = new ArrayList<>();
        for (Search<T> s : alternatives) {
            if (!s.where.isEmpty()) {
                parts.add("(" + String.join(" and ", s.where) + ")");
                parameters.putAll(s.parameters);
            }
        }
        if (!parts.isEmpty()) {
            where.add("(" + String.join(" or ", parts) + ")");
        }
        return this;
    }

    public Page<T> page(EntityManager em, PageRequest page) {
        String entity = type.getSimpleName();
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + condition, Long.class);
        TypedQuery<T> items = em.createQuery("select e from " + entity + " e" + condition + " order by e." + orderBy, type);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        List<T> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        // a page shorter than asked on the first page tells the total without counting
        long total = page.page() == 0 && found.size() < page.size() ? found.size() : count.getSingleResult();
        return new Page<>(found, page.page(), page.size(), total);
    }

    private String param(Object value) {
        String name = "p" + parameters.size() + "_" + Integer.toHexString(System.identityHashCode(this));
        parameters.put(name, value);
        return name;
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
