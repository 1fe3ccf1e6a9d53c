package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.gasline.accounts.api.AccountState;
import com.gasline.platform.api.problem.ProblemException;

class LifecycleTest {

    @Test
    void anAccountGoesFromApplicationToGasOn() {
        AccountState s = AccountState.APPLIED;
        s = Lifecycle.CONTRACT.apply(s);
        s = Lifecycle.INSTALL.apply(s);
        s = Lifecycle.ACTIVATE.apply(s);
        assertEquals(AccountState.ACTIVE, s);
        assertEquals(AccountState.SUSPENDED, Lifecycle.SUSPEND.apply(s));
        assertEquals(AccountState.ACTIVE, Lifecycle.ACTIVATE.apply(AccountState.SUSPENDED));
        assertEquals(AccountState.CLOSED, Lifecycle.CLOSE.apply(AccountState.SUSPENDED));
    }

    @Test
    void gasCannotBeTurnedOnBeforeInstallation() {
        ProblemException e = assertThrows(ProblemException.class, () -> Lifecycle.ACTIVATE.apply(AccountState.CONTRACTED));
        assertEquals(409, e.status());
    }

    @Test
    void aClosedAccountStaysClosed() {
        for (Lifecycle move : Lifecycle.values()) {
            ProblemException e = assertThrows(ProblemException.class, () -> move.apply(AccountState.CLOSED), move.name());
            assertEquals(409, e.status());
        }
    }

    @Test
    void onlyAnActiveAccountCanBeSuspended() {
        assertThrows(ProblemException.class, () -> Lifecycle.SUSPEND.apply(AccountState.INSTALLED));
        assertThrows(ProblemException.class, () -> Lifecycle.SUSPEND.apply(AccountState.SUSPENDED));
    }

    @Test
    void transferKeepsTheStateAndNeedsASignedContract() {
        assertEquals(AccountState.ACTIVE, Lifecycle.TRANSFER.apply(AccountState.ACTIVE));
        assertThrows(ProblemException.class, () -> Lifecycle.TRANSFER.apply(AccountState.APPLIED));
    }

    @Test
    void whatAnAccountMayDoNextFollowsTheSameMoves() {
        for (Lifecycle move : Lifecycle.values()) {
            for (AccountState state : AccountState.values()) {
                boolean allowed;
                try {
                    move.apply(state);
                    allowed = true;
                } catch (ProblemException e) {
                    allowed = false;
                }
                assertEquals(allowed, move.allowedFrom(state), move + " from " + state);
            }
        }
        assertTrue(Lifecycle.RENAME.allowedFrom(AccountState.APPLIED));
        assertFalse(Lifecycle.RENAME.allowedFrom(AccountState.CLOSED));
    }
}
