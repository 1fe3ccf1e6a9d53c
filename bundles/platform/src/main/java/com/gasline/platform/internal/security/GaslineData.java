package com.gasline.platform.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Where Gasline keeps what it generates at first start: {@code ${karaf.data}/gasline}. */
final class GaslineData {

    private GaslineData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("karaf.data", "data"), "gasline");
    }

    /** Writes a secret readable by the container's user only. */
    static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }
}
