package com.gasline.duties.api.rest;

import java.util.List;

/** 岗位 with its duty list (职责条目) and work standards (工作标准); {@code version} for edits. */
public record Position(String code, String name, String department, String reportsTo, String summary, List<String> duties,
        List<String> standards, Integer headcount, Long version) {
}
