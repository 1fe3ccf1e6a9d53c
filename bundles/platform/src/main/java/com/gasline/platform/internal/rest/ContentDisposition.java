package com.gasline.platform.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: attachment} with the original name: an ASCII fallback and the RFC 5987 UTF-8 form (中文 names). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String name) {
        String ascii = name.chars().map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
