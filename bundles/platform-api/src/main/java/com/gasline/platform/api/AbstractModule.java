package com.gasline.platform.api;

import java.util.Set;

import org.osgi.framework.Bundle;

/**
 * A {@link Module} described once in its constructor: the module's DS component extends it and passes
 * its id, name, bundle (for the version), required modules, roles and resource.
 */
public abstract class AbstractModule implements Module {

    private final String id;
    private final String name;
    private final String version;
    private final Set<String> requires;
    private final Set<String> roles;
    private final Object resource;

    protected AbstractModule(String id, String name, Bundle bundle, Set<String> requires, Set<String> roles, Object resource) {
        this.id = id;
        this.name = name;
        this.version = bundle.getVersion().toString();
        this.requires = Set.copyOf(requires);
        this.roles = Set.copyOf(roles);
        this.resource = resource;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> requires() {
        return requires;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Object resource() {
        return resource;
    }
}
