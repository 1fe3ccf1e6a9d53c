package com.gasline.platform.api;

/**
 * Marker for a JAX-RS root resource served under {@code /api}. Platform parts outside the
 * platform bundle (such as tenant-admin) register one as an OSGi service; business modules
 * use {@link Module} instead, which puts them under a tenant path.
 */
public interface RootResource {
}
