package com.gasline.accounts.internal.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.internal.rules.Lifecycle;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.group.api.Rollup;

/**
 * The archive's figures for the group's roll-ups, from the life-cycle history: an account is opened (开户) by its
 * contract move and closed (销户) by its close move, each at most once. Accounts brought in by an archive import were
 * opened before the branch used the system and are not counted. No account number or holder leaves.
 */
@Component(service = Rollup.class)
public class AccountRollup implements Rollup {

    private static final List<Measure> MEASURES = List.of(
            new Measure("accountsOpened", "开户数", "accounts opened (supply contract signed)", true),
            new Measure("accountsClosed", "销户数", "accounts closed", false));

    private final AccountStore store;

    @Activate
    public AccountRollup(@Reference AccountStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        ZoneId zone = store.zone(tenant);
        Map<String, Double> f = new HashMap<>(Map.of("accountsOpened", 0.0, "accountsClosed", 0.0));
        List<Object[]> moves = store.in(tenant, em -> em.createQuery("select h.action, count(h) from AccountHistoryEntity h"
                + " where h.field = 'state' and h.action in :moves and h.at >= :s and h.at < :e group by h.action", Object[].class)
                .setParameter("moves", List.of(Lifecycle.CONTRACT.name(), Lifecycle.CLOSE.name()))
                .setParameter("s", from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("e", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).getResultList());
        for (Object[] m : moves) {
            f.put(Lifecycle.CONTRACT.name().equals(m[0]) ? "accountsOpened" : "accountsClosed", ((Number) m[1]).doubleValue());
        }
        return f;
    }
}
