package com.gasline.notify.mail.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Jakarta Mail and Activation find their implementations (the SMTP provider, the stream provider, the mailcap
 * registry) with {@code ServiceLoader} and the thread's context class loader. In OSGi without an SPI Fly
 * extender that loader sees neither Angus bundle, and {@code Session} fails with "Not provider of
 * jakarta.mail.util.StreamProvider was found". This loader joins the Angus bundles' class spaces, and is set as
 * the context class loader around each use of the mail API.
 */
final class ProviderClassLoader extends ClassLoader {

    private final List<ClassLoader> loaders;

    ProviderClassLoader(List<ClassLoader> loaders) {
        super(null);
        this.loaders = List.copyOf(loaders);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // the next bundle may have it
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> all = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            all.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
