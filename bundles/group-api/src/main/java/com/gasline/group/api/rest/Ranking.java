package com.gasline.group.api.rest;

import java.time.LocalDate;
import java.util.List;

/** The branches ranked on one measure, best first; branches without a figure are not ranked. */
public record Ranking(Measure measure, LocalDate from, LocalDate to, List<RankLine> lines) {
}
