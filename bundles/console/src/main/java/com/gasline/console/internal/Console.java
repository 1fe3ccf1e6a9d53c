package com.gasline.console.internal;

import java.net.URL;
import java.util.Enumeration;

import javax.servlet.ServletException;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.NamespaceException;

import com.gasline.platform.api.web.LandingPage;

/**
 * Mounts the console at {@code /console}, beside {@code /api}, and is the host's landing page: the platform sends a
 * browser that opens the bare host here.
 */
@Component(service = LandingPage.class, immediate = true)
public class Console implements LandingPage {

    static final String ALIAS = "/console";
    private final WebContainer web;

    @Activate
    public Console(@Reference WebContainer web, BundleContext context) throws ServletException, NamespaceException {
        this.web = web;
        Bundle bundle = context.getBundle();
        ConsoleFiles files = new ConsoleFiles(name -> ConsoleFiles.CHARTS.equals(name) ? charts(bundle) : bundle.getEntry("console/" + name));
        web.registerServlet(ALIAS, new ConsoleServlet(files), null, null);
    }

    /** The ECharts module the build inlined from its webjar, under whatever version directory it came with. */
    private static URL charts(Bundle bundle) {
        Enumeration<URL> found = bundle.findEntries("META-INF/resources/webjars/echarts", "echarts.esm.min.js", true);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }

    @Override
    public String path() {
        return ALIAS + "/";
    }

    @Deactivate
    void stop() {
        web.unregister(ALIAS);
    }
}
