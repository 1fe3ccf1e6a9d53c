package com.gasline.platform.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.PageRequest;

class ValidationTest {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");

    @Test
    void reportsEveryBadFieldAtOnceAsOne400() {
        ProblemException p = assertThrows(ProblemException.class, () -> new Validation()
                .matches("code", "East Branch", CODE, "小写", "lower case")
                .required("name", "  ")
                .maxLength("region", "x".repeat(101), 100)
                .throwIfInvalid());
        assertEquals(400, p.status());
        assertEquals("validation", p.type());
        assertEquals(List.of("code", "name", "region"), p.errors().stream().map(FieldError::field).toList());
        assertEquals("必填", p.errors().get(1).message().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("is required", p.errors().get(1).message().in(Locale.ENGLISH));
    }

    @Test
    void missingValueIsReportedAsRequiredNotAsWrongFormat() {
        ProblemException p = assertThrows(ProblemException.class,
                () -> new Validation().matches("code", null, CODE, "小写", "lower case").throwIfInvalid());
        assertEquals("is required", p.errors().get(0).message().en());
    }

    @Test
    void validInputPasses() {
        Validation v = new Validation().matches("code", "east-1", CODE, "小写", "lower case").required("name", "东区").maxLength("region", null, 10);
        assertTrue(v.isValid());
        v.throwIfInvalid();
    }

    @Test
    void chineseIsTheDefaultLanguage() {
        Text t = Text.of("未找到", "Not found");
        assertEquals("未找到", t.in(null));
        assertEquals("未找到", t.in(Locale.forLanguageTag("zh-CN")));
        assertEquals("未找到", t.in(Locale.forLanguageTag("fr")));
        assertEquals("Not found", t.in(Locale.forLanguageTag("en-GB")));
    }

    @Test
    void pagingDefaultsAndLimits() {
        assertEquals(new PageRequest(0, 50), PageRequest.of(null, null));
        assertEquals(100, PageRequest.of(2, 50).offset());
        assertEquals(500, PageRequest.of(0, 500).size());
        ProblemException tooBig = assertThrows(ProblemException.class, () -> PageRequest.of(0, 501));
        assertEquals("size", tooBig.errors().get(0).field());
        ProblemException negative = assertThrows(ProblemException.class, () -> PageRequest.of(-1, 0));
        assertEquals(List.of("page", "size"), negative.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void namesEachNullBlankOrLongItemOfAList() {
        ArrayList<String> serials = new ArrayList<>(Arrays.asList("A1", null, " ", "x".repeat(41)));
        ProblemException p = assertThrows(ProblemException.class,
                () -> new Validation().requireEach("serials", serials).maxLengthEach("serials", serials, 40).requireEach("none", null)
                        .maxLengthEach("none", null, 1).throwIfInvalid());
        assertEquals(List.of("serials[1]", "serials[2]", "serials[3]"), p.errors().stream().map(FieldError::field).toList());
        assertTrue(new Validation().requireEach("a", List.of("x")).maxLengthEach("a", List.of("x"), 1).isValid());
    }

    @Test
    void oneOfIsFalseForNullWhereSetOfWouldThrow() {
        assertTrue(Validation.oneOf("A", Set.of("A", "B")));
        assertFalse(Validation.oneOf("C", Set.of("A", "B")));
        assertFalse(Validation.oneOf(null, Set.of("A", "B")));
    }
}
