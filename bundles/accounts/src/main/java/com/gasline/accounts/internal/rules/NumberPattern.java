package com.gasline.accounts.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * A branch's numbering rule such as {@code DQ{yyyy}{seq:6}}: literal letters/digits/dashes, year
 * tokens, and one serial. The serial counts per rendered prefix, so numbers stay unique and a
 * closed account's number is never issued again.
 */
public final class NumberPattern {

    public static final String DEFAULT = "{seq:8}";

    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|seq:(\\d{1,2}))}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9-]*");

    private final String pattern;
    private final int seqDigits;

    private NumberPattern(String pattern, int seqDigits) {
        this.pattern = pattern;
        this.seqDigits = seqDigits;
    }

    /** Parses {@code pattern}; 400 on field {@code pattern} when it is not a valid rule. */
    public static NumberPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw invalid("不能为空", "is required");
        }
        Matcher m = TOKEN.matcher(pattern);
        int seqs = 0;
        int digits = 0;
        int last = 0;
        while (m.find()) {
            if (!LITERAL.matcher(pattern.substring(last, m.start())).matches()) {
                throw invalid("只能包含字母、数字、- 和 {yyyy} {yy} {seq:N}", "may hold letters, digits, '-' and {yyyy} {yy} {seq:N} only");
            }
            if (m.group(2) != null) {
                seqs++;
                digits = Integer.parseInt(m.group(2));
            }
            last = m.end();
        }
        if (!LITERAL.matcher(pattern.substring(last)).matches()) {
            throw invalid("只能包含字母、数字、- 和 {yyyy} {yy} {seq:N}", "may hold letters, digits, '-' and {yyyy} {yy} {seq:N} only");
        }
        if (seqs != 1 || !pattern.endsWith("}") || !pattern.substring(pattern.lastIndexOf('{')).startsWith("{seq:")) {
            throw invalid("必须以一个流水号 {seq:N} 结尾", "must end with exactly one serial {seq:N}");
        }
        if (digits < 4 || digits > 12) {
            throw invalid("流水号位数须在 4 到 12 之间", "serial digits must be between 4 and 12");
        }
        if (pattern.length() > 40) {
            throw invalid("不能超过 40 个字符", "must be at most 40 characters");
        }
        return new NumberPattern(pattern, digits);
    }

    /** The part before the serial, with the year filled in: the counter key. */
    public String prefix(LocalDate openedOn) {
        String head = pattern.substring(0, pattern.lastIndexOf("{seq:"));
        return head.replace("{yyyy}", String.format("%04d", openedOn.getYear()))
                .replace("{yy}", String.format("%02d", openedOn.getYear() % 100));
    }

    /** The number for serial {@code seq} under {@code prefix}; 422 when the serial no longer fits. */
    public String format(String prefix, long seq) {
        String serial = Long.toString(seq);
        if (serial.length() > seqDigits) {
            throw Problems.ruleViolated(Text.of("户号流水号已用尽，请修改编号规则", "Account serials for this rule are exhausted; change the numbering rule"));
        }
        return prefix + "0".repeat(seqDigits - serial.length()) + serial;
    }

    public String pattern() {
        return pattern;
    }

    private static RuntimeException invalid(String zh, String en) {
        return Problems.validation(List.of(new FieldError("pattern", Text.of(zh, en))));
    }
}
