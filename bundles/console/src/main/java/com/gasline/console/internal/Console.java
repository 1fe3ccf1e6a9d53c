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

/**
 * Mounts the console at {@code /console} in the HTTP service's default context, beside {@code /api}, whose error pages
 * (problem+json) it shares, and sends a browser that opens the bare host there.
 */
@Component(service = Console.class, immediate = true)
public class Console {

    static final String ALIAS = "/console";
    /** The servlet-spec pattern for the context root alone ({@code /}), which leaves every other path to the API's 404. */
    private static final String ROOT = "";

    private final WebContainer web;
    private final RootRedirect root = new RootRedirect(ALIAS + "/");

    @Activate
    public Console(@Reference WebContainer web, BundleContext context) throws ServletException, NamespaceException {
        this.web = web;
        Bundle bundle = context.getBundle();
        ConsoleFiles files = new ConsoleFiles(name -> ConsoleFiles.CHARTS.equals(name) ? charts(bundle) : bundle.getEntry("console/" + name));
        web.registerServlet(ALIAS, new ConsoleServlet(files), null, null);
        web.registerServlet(root, new String[] { ROOT }, null, null);
    }

    /** The ECharts module the build inlined from its webjar, under whatever version directory it came with. */
    private static URL charts(Bundle bundle) {
        Enumeration<URL> found = bundle.findEntries("META-INF/resources/webjars/echarts", "echarts.esm.min.js", true);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }

    @Deactivate
    void stop() {
        web.unregisterServlet(root);
        web.unregister(ALIAS);
    }
}
