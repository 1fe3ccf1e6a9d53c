package com.gasline.platform.internal.security;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.osgi.service.component.annotations.Component;

/** bcrypt (Bouncy Castle's OpenBSD implementation), cost 10. */
@Component(service = PasswordHasher.class)
public class PasswordHasher {

    private static final int COST = 10;

    private final SecureRandom random = new SecureRandom();
    /** Checked when the user does not exist, so a wrong name costs as much time as a wrong password. */
    private final String decoy = hash("decoy-password-never-valid");

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, COST);
    }

    public boolean matches(String password, String hash) {
        boolean ok = OpenBSDBCrypt.checkPassword(hash == null ? decoy : hash, password.toCharArray());
        return hash != null && ok;
    }
}
