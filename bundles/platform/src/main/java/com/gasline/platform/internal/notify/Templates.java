package com.gasline.platform.internal.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese templates per notice kind ({@code notify/templates.properties}, UTF-8) and their rendering:
 * {@code {name}} placeholders replaced by the parameters, nothing more. A parameter the template needs and the
 * sender did not give is an error that names it: a notice with a blank where the outage start belongs is worse
 * than none.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    private final Properties texts;

    Templates(Properties texts) {
        this.texts = texts;
    }

    public static Templates load() {
        Properties p = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream("/notify/templates.properties")) {
            if (in == null) {
                throw new IllegalStateException("notify/templates.properties is missing from the platform bundle");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the notice templates", e);
        }
        return new Templates(p);
    }

    public boolean knows(String kind) {
        return kind != null && texts.containsKey(kind + ".title") && texts.containsKey(kind + ".body");
    }

    /** The title and body of {@code kind}; {@link MissingParameters} names every placeholder without a value. */
    public Rendered render(String kind, Map<String, String> params) {
        if (!knows(kind)) {
            throw new IllegalArgumentException("No template for notice kind " + kind);
        }
        List<String> missing = new ArrayList<>();
        String title = fill(texts.getProperty(kind + ".title"), params, missing);
        String body = fill(texts.getProperty(kind + ".body"), params, missing);
        if (!missing.isEmpty()) {
            throw new MissingParameters(kind, missing);
        }
        return new Rendered(title, body);
    }

    private static String fill(String template, Map<String, String> params, List<String> missing) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            if (value == null || value.isBlank()) {
                if (!missing.contains(m.group(1))) {
                    missing.add(m.group(1));
                }
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public record Rendered(String title, String body) {
    }

    /** The template of {@code kind} needs parameters the sender did not give. */
    public static final class MissingParameters extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> names;

        MissingParameters(String kind, List<String> names) {
            super("Notice " + kind + " needs parameters " + String.join(", ", names));
            this.names = List.copyOf(names);
        }

        public List<String> names() {
            return names;
        }
    }
}
