package com.gasline.platform.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.apache.cxf.rs.security.jose.jwa.SignatureAlgorithm;
import org.apache.cxf.rs.security.jose.jws.HmacJwsSignatureProvider;
import org.apache.cxf.rs.security.jose.jws.HmacJwsSignatureVerifier;
import org.apache.cxf.rs.security.jose.jws.JwsHeaders;
import org.apache.cxf.rs.security.jose.jws.JwsJwtCompactConsumer;
import org.apache.cxf.rs.security.jose.jws.JwsJwtCompactProducer;
import org.apache.cxf.rs.security.jose.jwt.JwtClaims;
import org.apache.cxf.rs.security.jose.jwt.JwtToken;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.Caller;

/** Signed access tokens (JWS HS256 through CXF JOSE) carrying the tenant and roles. */
@Component(service = TokenService.class, configurationPid = "com.gasline.security")
@Designate(ocd = TokenConfig.class)
public class TokenService {

    static final String ISSUER = "gasline";
    /** The user's token version at issue; tokens from before this claim existed count as version 0. */
    static final String VERSION = "ver";

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

    /** Key and lifetime change together, so a request never pairs a new key with an old lifetime. */
    private record Settings(byte[] key, long ttlSeconds) {
    }

    private volatile Settings settings;
    private final ActiveUsers users;

    @Activate
    public TokenService(TokenConfig config, @Reference ActiveUsers users) {
        this.settings = settings(config);
        this.users = users;
    }

    /**
     * A changed {@code etc/com.gasline.security.cfg} applies in place: the REST server keeps serving.
     * A new secret invalidates the tokens signed with the old one; a bad secret keeps the old settings.
     */
    @Modified
    void modified(TokenConfig config) {
        try {
            settings = settings(config);
            LOG.info("Token settings changed: lifetime {} min", config.token_ttl_minutes());
        } catch (RuntimeException e) {
            LOG.error("Token settings not changed: {}", e.getMessage());
        }
    }

    private static Settings settings(TokenConfig config) {
        byte[] key = config.jwt_secret().isBlank() ? storedKey() : Base64.getDecoder().decode(config.jwt_secret().trim());
        if (key.length < 32) {
            throw new IllegalStateException("jwt.secret must be at least 32 bytes");
        }
        return new Settings(key, config.token_ttl_minutes() * 60L);
    }

    public long ttlSeconds() {
        return settings.ttlSeconds();
    }

    public String issue(Caller caller, long tokenVersion) {
        Settings current = settings;
        long now = Instant.now().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(caller.username());
        claims.setIssuedAt(now);
        claims.setExpiryTime(now + current.ttlSeconds());
        if (caller.tenant() != null) {
            claims.setClaim("tenant", caller.tenant());
        }
        claims.setClaim("roles", List.copyOf(caller.roles()));
        claims.setClaim(VERSION, tokenVersion);
        JwtToken token = new JwtToken(new JwsHeaders(SignatureAlgorithm.HS256), claims);
        return new JwsJwtCompactProducer(token).signWith(new HmacJwsSignatureProvider(current.key(), SignatureAlgorithm.HS256));
    }

    /** The caller of a valid, unexpired token of ours whose user is still active; empty for anything else. */
    public Optional<Caller> verify(String compact) {
        try {
            JwsJwtCompactConsumer consumer = new JwsJwtCompactConsumer(compact);
            if (!consumer.verifySignatureWith(new HmacJwsSignatureVerifier(settings.key(), SignatureAlgorithm.HS256))) {
                return Optional.empty();
            }
            JwtClaims claims = consumer.getJwtClaims();
            Long expires = claims.getExpiryTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null || expires <= Instant.now().getEpochSecond()) {
                return Optional.empty();
            }
            Object roles = claims.getClaim("roles");
            HashSet<String> roleSet = new HashSet<>();
            if (roles instanceof List<?> list) {
                list.forEach(r -> roleSet.add(String.valueOf(r)));
            }
            String tenant = (String) claims.getClaim("tenant");
            long version = claims.getClaim(VERSION) instanceof Number n ? n.longValue() : 0;
            if (!users.admits(tenant, claims.getSubject(), version)) {
                return Optional.empty();
            }
            return Optional.of(new Caller(tenant, claims.getSubject(), roleSet));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] storedKey() {
        Path file = GaslineData.dir().resolve("jwt.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            GaslineData.writePrivate(file, Base64.getEncoder().encodeToString(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
