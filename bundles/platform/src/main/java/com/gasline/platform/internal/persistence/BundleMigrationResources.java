package com.gasline.platform.internal.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Serves a module bundle's SQL migrations to Flyway. Flyway's own classpath scanner only sees
 * its own bundle inside OSGi, so migrations are read from the module bundle's entries instead.
 */
final class BundleMigrationResources implements ResourceProvider {

    private final List<LoadableResource> resources = new ArrayList<>();

    BundleMigrationResources(Bundle bundle, List<String> folders) {
        for (String folder : folders) {
            Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
            if (entries != null) {
                for (URL url : Collections.list(entries)) {
                    resources.add(new Entry(folder, url));
                }
            }
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (LoadableResource r : resources) {
            String file = r.getFilename();
            if (file.startsWith(prefix)) {
                for (String suffix : suffixes) {
                    if (file.endsWith(suffix)) {
                        found.add(r);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static final class Entry extends LoadableResource {

        private final String folder;
        private final URL url;
        private final String filename;

        Entry(String folder, URL url) {
            this.folder = folder;
            this.url = url;
            String path = url.getPath();
            this.filename = path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public Reader read() {
            try {
                return new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return url.toString();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return folder + "/" + filename;
        }
    }
}
