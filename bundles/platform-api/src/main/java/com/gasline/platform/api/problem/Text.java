package com.gasline.platform.api.problem;

import java.util.Locale;
import java.util.Objects;

/** A message in the two languages Gasline answers in; zh-CN is the default. */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
