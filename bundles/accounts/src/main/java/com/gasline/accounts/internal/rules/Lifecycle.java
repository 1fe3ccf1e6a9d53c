package com.gasline.accounts.internal.rules;

import static com.gasline.accounts.api.AccountState.ACTIVE;
import static com.gasline.accounts.api.AccountState.APPLIED;
import static com.gasline.accounts.api.AccountState.CLOSED;
import static com.gasline.accounts.api.AccountState.CONTRACTED;
import static com.gasline.accounts.api.AccountState.INSTALLED;
import static com.gasline.accounts.api.AccountState.SUSPENDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.gasline.accounts.api.AccountState;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The legal moves of an account: applied → contracted → installed → active ⇄ suspended, and closing
 * (销户) from any state but closed. A closed account stays closed: its number is never reused.
 */
public enum Lifecycle {
    CONTRACT("开户签约", EnumSet.of(APPLIED), CONTRACTED),
    INSTALL("安装", EnumSet.of(CONTRACTED), INSTALLED),
    ACTIVATE("点火通气/恢复供气", EnumSet.of(INSTALLED, SUSPENDED), ACTIVE),
    SUSPEND("停气", EnumSet.of(ACTIVE), SUSPENDED),
    CLOSE("销户", EnumSet.of(APPLIED, CONTRACTED, INSTALLED, ACTIVE, SUSPENDED), CLOSED),
    TRANSFER("过户", EnumSet.of(CONTRACTED, INSTALLED, ACTIVE, SUSPENDED), null),
    RENAME("更名", EnumSet.of(APPLIED, CONTRACTED, INSTALLED, ACTIVE, SUSPENDED), null);

    private static final Map<AccountState, String> ZH = Map.of(APPLIED, "已申请", CONTRACTED, "已签约", INSTALLED, "已安装",
            ACTIVE, "已通气", SUSPENDED, "停气", CLOSED, "已销户");

    private final String zh;
    private final Set<AccountState> from;
    private final AccountState to;

    Lifecycle(String zh, Set<AccountState> from, AccountState to) {
        this.zh = zh;
        this.from = from;
        this.to = to;
    }

    /** The state after this move from {@code current}; 409 naming both when the move is not legal. */
    public AccountState apply(AccountState current) {
        if (!from.contains(current)) {
            throw Problems.conflict(Text.of("账户状态为「" + ZH.get(current) + "」，不能办理" + zh,
                    "An account in state " + current + " cannot be " + name().toLowerCase() + "d"));
        }
        return to == null ? current : to;
    }

    public boolean allowedFrom(AccountState current) {
        return from.contains(current);
    }
}
