package com.gasline.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewUser;

/** Bad input is refused before anything touches the database (the registry has none here). */
class TenantRegistryRulesTest {

    private final TenantRegistryImpl registry = new TenantRegistryImpl(null, null, null, null, null, null);

    private static List<String> fields(ProblemException p) {
        return p.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void tenantCodesAreShortLowerCaseSlugs() {
        assertEquals(List.of("code", "name"), fields(assertThrows(ProblemException.class,
                () -> registry.create(new NewTenant("East_Branch", " ", null)))));
        assertEquals(List.of("code"), fields(assertThrows(ProblemException.class,
                () -> registry.create(new NewTenant("e", "东区", null)))));
        assertEquals(List.of("code"), fields(assertThrows(ProblemException.class,
                () -> registry.create(new NewTenant("x".repeat(33), "东区", null)))));
        assertEquals(List.of("body"), fields(assertThrows(ProblemException.class, () -> registry.create(null))));
    }

    @Test
    void branchUsersNeedAStrongPasswordAndBranchRoles() {
        ProblemException p = assertThrows(ProblemException.class, () -> registry.createUser("east",
                new NewUser("li si", "short", null, List.of("AGENT", "GROUP_ADMIN", "COOK"))));
        assertEquals(List.of("username", "password", "roles[1]", "roles[2]"), fields(p));
        assertEquals(List.of("roles"), fields(assertThrows(ProblemException.class,
                () -> registry.createUser("east", new NewUser("lisi", "long-enough-1", null, List.of())))));
    }
}
