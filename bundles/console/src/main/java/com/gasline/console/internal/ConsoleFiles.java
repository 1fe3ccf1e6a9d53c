package com.gasline.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The console's files by the name the page uses, read through {@code entries} (the bundle's {@code console/…} and the
 * inlined ECharts module). A path is served only
 * when it is a plain relative name with a known type, so {@code ..}, encoded tricks and directory listings never reach
 * the bundle. Files are read once and kept with their ETag; the bundle is replaced, not edited, on an update.
 */
final class ConsoleFiles {

    /** What the page may name: lower-case words, slashes between them, one known extension. */
    private static final Pattern NAME = Pattern.compile("(?:[a-z0-9-]+/)*[a-z0-9.-]+\\.(html|js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");
    /** Where the page imports ECharts from; the bundle holds it where the webjar put it. */
    static final String CHARTS = "lib/echarts.js";

    /** One file as it is sent. */
    record File(byte[] body, String type, String etag) {
    }

    private final Function<String, URL> entries;
    private final Map<String, Optional<File>> read = new ConcurrentHashMap<>();

    ConsoleFiles(Function<String, URL> entries) {
        this.entries = entries;
    }

    /** The file for a path below {@code /console/} ("" is the page itself), or empty when there is none. */
    Optional<File> find(String path) {
        String name = path.isEmpty() ? "index.html" : path;
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        return read.computeIfAbsent(name, this::load);
    }

    private Optional<File> load(String name) {
        URL url = entries.apply(name);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] body = in.readAllBytes();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return Optional.of(new File(body, TYPES.get(extension), etag(body)));
        } catch (IOException e) {
            throw new IllegalStateException("the console file " + name + " cannot be read from the bundle", e);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
