package com.gasline.platform.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * Creates the first group admin, {@code admin}, once: with the password in
 * {@code GASLINE_ADMIN_PASSWORD}, or a generated one written to
 * {@code data/gasline/initial-admin-password}. There are no other default credentials.
 */
@Component(immediate = true, service = AdminBootstrap.class)
public class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String ENV = "GASLINE_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Activate
    public AdminBootstrap(@Reference PlatformStore store, @Reference PasswordHasher hasher) {
        boolean exists = store.tx(em -> !em.createQuery("select u.id from UserEntity u where u.scope = :scope", String.class)
                .setParameter("scope", UserEntity.GROUP_SCOPE).setMaxResults(1).getResultList().isEmpty());
        if (exists) {
            return;
        }
        String fromEnv = System.getenv(ENV);
        String password = fromEnv == null || fromEnv.isBlank() ? generated() : fromEnv;
        try {
            store.tx(em -> {
                em.persist(new UserEntity(UUID.randomUUID().toString(), null, ADMIN, hasher.hash(password), "集团管理员",
                        List.of(Roles.GROUP_ADMIN), OffsetDateTime.now(ZoneOffset.UTC)));
                return null;
            });
        } catch (ProblemException alreadyCreatedByAnotherNode) {
            return;
        }
        if (fromEnv == null || fromEnv.isBlank()) {
            Path file = GaslineData.dir().resolve("initial-admin-password");
            try {
                GaslineData.writePrivate(file, password + System.lineSeparator());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.warn("Created group admin '{}'; its password is in {}", ADMIN, file.toAbsolutePath());
        } else {
            LOG.info("Created group admin '{}' with the password from {}", ADMIN, ENV);
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
