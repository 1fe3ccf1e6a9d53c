package com.gasline.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleFilesTest {

    @TempDir
    Path dir;
    private final List<String> asked = new ArrayList<>();

    private ConsoleFiles files() {
        return new ConsoleFiles(name -> {
            asked.add(name);
            Path file = dir.resolve(name);
            try {
                return Files.isRegularFile(file) ? file.toUri().toURL() : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void thePageItselfIsTheIndexAndEachFileHasItsType() throws IOException {
        write("index.html", "<!doctype html>");
        write("js/app.js", "export {}");
        ConsoleFiles files = files();
        assertEquals("text/html; charset=utf-8", files.find("").orElseThrow().type());
        assertEquals("text/javascript; charset=utf-8", files.find("js/app.js").orElseThrow().type());
        assertEquals("export {}", new String(files.find("js/app.js").orElseThrow().body()));
    }

    @Test
    void namesThatClimbOutOrHaveNoKnownTypeNeverReachTheBundle() throws IOException {
        write("secret.properties", "x");
        ConsoleFiles files = files();
        for (String name : List.of("../secret.properties", "js/../../x.js", "secret.properties", "js/", "%2e%2e/x.js", "JS/App.js",
                "x.js?y", "/etc/passwd.js".substring(1) + "/..")) {
            assertTrue(files.find(name).isEmpty(), name);
        }
        assertTrue(asked.isEmpty(), asked.toString());
    }

    @Test
    void anUnknownFileIsEmptyAndTheEtagFollowsTheContent() throws IOException {
        write("a.css", "a{}");
        write("b.css", "b{}");
        ConsoleFiles files = files();
        assertTrue(files.find("c.css").isEmpty());
        String a = files.find("a.css").orElseThrow().etag();
        assertTrue(a.startsWith("\"") && a.endsWith("\"") && a.length() == 34, a);
        assertNotEquals(a, files.find("b.css").orElseThrow().etag());
        assertEquals(a, files().find("a.css").orElseThrow().etag());
    }
}
