package com.gasline.accounts.api.rest;

/**
 * The branch's account numbering rule, e.g. {@code DQ{yyyy}{seq:6}}: literal text, {@code {yyyy}} /
 * {@code {yy}} (year of opening) and exactly one {@code {seq:N}} (serial, N digits, per rendered prefix).
 */
public record NumberingRule(String pattern, Long version) {
}
