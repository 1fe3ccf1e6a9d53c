package com.gasline.platform.internal.tenant;

import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.gasline.platform.api.persistence.StringListConverter;

/** A module the platform has seen, kept so it stays in the catalog while its bundle is stopped. */
@Entity
@Table(name = "platform_module")
public class CatalogEntryEntity {

    @Id
    private String id;
    private String name;
    private String version;
    @Convert(converter = StringListConverter.class)
    private List<String> requires;
    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    protected CatalogEntryEntity() {
    }

    CatalogEntryEntity(String id) {
        this.id = id;
    }

    void seen(String name, String version, List<String> requires, OffsetDateTime at) {
        this.name = name;
        this.version = version;
        this.requires = List.copyOf(requires);
        this.lastSeenAt = at;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String version() {
        return version;
    }

    List<String> requires() {
        return requires;
    }
}
