package com.gasline.platform.internal.security;

import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.gasline.platform.api.tenant.UserInfo;

import com.gasline.platform.api.persistence.StringListConverter;

/** A login; {@code scope} is the tenant code or {@link #GROUP_SCOPE} for group admins. */
@Entity
@Table(name = "platform_user")
public class UserEntity {

    public static final String GROUP_SCOPE = "_group";

    @Id
    private String id;
    private String scope;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Convert(converter = StringListConverter.class)
    private List<String> roles;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    private boolean disabled;
    /** Carried by every token; raising it ends the tokens issued before. */
    @Column(name = "token_version")
    private long tokenVersion;

    protected UserEntity() {
    }

    public UserEntity(String id, String tenant, String username, String passwordHash, String displayName,
            List<String> roles, OffsetDateTime createdAt) {
        this.id = id;
        this.scope = tenant == null ? GROUP_SCOPE : tenant;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static String scopeOf(String tenant) {
        return tenant == null ? GROUP_SCOPE : tenant;
    }

    public String tenant() {
        return GROUP_SCOPE.equals(scope) ? null : scope;
    }

    String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public List<String> roles() {
        return roles;
    }

    public boolean disabled() {
        return disabled;
    }

    public long tokenVersion() {
        return tokenVersion;
    }

    String scope() {
        return scope;
    }

    void disable() {
        disabled = true;
        tokenVersion++;
    }

    void enable() {
        disabled = false;
    }

    void changePassword(String hash) {
        passwordHash = hash;
        tokenVersion++;
    }

    public UserInfo toInfo() {
        return new UserInfo(username, tenant(), displayName, roles(), createdAt, disabled);
    }
}
