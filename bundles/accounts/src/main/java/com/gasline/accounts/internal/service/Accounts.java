package com.gasline.accounts.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.ContractRequest;
import com.gasline.accounts.api.rest.HistoryEntry;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.internal.rules.Lifecycle;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountHistoryEntity;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.CustomerEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Accounts (户号) as the branch opens, finds and moves them through their life cycle; every change goes through
 * {@link Archive#move}, which checks the move and the version and keeps each field's change as history.
 */
@Component(service = Accounts.class)
public class Accounts {

    private final Archive archive;
    private final AccountStore store;

    @Activate
    public Accounts(@Reference Archive archive, @Reference AccountStore store) {
        this.archive = archive;
        this.store = store;
    }

    /** What a search asks for; null fields are not part of it. {@code phoneDigits} are digits only. */
    public record Query(String accountNo, String name, String phoneDigits, String address, String area, AccountState state) {
    }

    public Account open(String tenant, String actor, NewAccount request, boolean full) {
        return Views.account(archive.createAccount(tenant, actor, request), full);
    }

    public Page<Account> search(String tenant, Query q, PageRequest page, boolean full) {
        Search<AccountEntity> search = new Search<>(AccountEntity.class, "accountNo")
                .equal("accountNo", q.accountNo())
                .startsWith("holderName", q.name())
                .contains("address", q.address())
                .within("area", q.area())
                .equal("state", q.state() == null ? null : q.state().name());
        String digits = q.phoneDigits();
        if (digits != null) {
            search.equal("phoneTail", digits.length() >= 4 ? digits.substring(digits.length() - 4) : null);
            if (digits.length() != 4) {
                search.contains("phones", digits);
            }
        }
        Page<AccountEntity> found = store.in(tenant, em -> search.page(em, page));
        return new Page<>(found.items().stream().map(a -> Views.account(a, full)).toList(), found.page(), found.size(), found.total());
    }

    public Account get(String tenant, String accountNo, boolean full) {
        return Views.account(store.in(tenant, em -> Archive.find(em, accountNo)), full);
    }

    public Page<HistoryEntry> history(String tenant, String accountNo, PageRequest page) {
        return store.in(tenant, em -> {
            Archive.find(em, accountNo);
            return page.read(em.createQuery("select count(h) from AccountHistoryEntity h where h.accountNo = :no", Long.class).setParameter("no", accountNo),
                    em.createQuery("select h from AccountHistoryEntity h where h.accountNo = :no order by h.seq", AccountHistoryEntity.class)
                            .setParameter("no", accountNo), Views::history);
        });
    }

    /** 开户: the contract and its fees in fen; signed today in the branch's zone unless a day is given. */
    public Account contract(String tenant, String actor, String accountNo, ContractRequest r, boolean full) {
        LocalDate signed = r.signedOn() != null ? r.signedOn() : store.today(tenant);
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.CONTRACT, r.version(), null, c -> {
            c.set("contractNo", c.account().contractNo, r.contractNo().trim(), v -> c.account().contractNo = v);
            c.set("contractSignedOn", c.account().contractSignedOn, signed, v -> c.account().contractSignedOn = v);
            c.set("openingFeeFen", c.account().openingFeeFen, orZero(r.openingFeeFen()), v -> c.account().openingFeeFen = v);
            c.set("prepaymentFen", c.account().prepaymentFen, orZero(r.prepaymentFen()), v -> c.account().prepaymentFen = v);
            c.set("settlementFen", c.account().settlementFen, orZero(r.settlementFen()), v -> c.account().settlementFen = v);
        }), full);
    }

    /** 安装: starts the turn-on commitment. */
    public Account install(String tenant, String actor, String accountNo, Long version, String reason, boolean full) {
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.INSTALL, version, reason,
                c -> c.set("installedAt", c.account().installedAt, c.now(), v -> c.account().installedAt = v)), full);
    }

    /** 点火通气, or back from a suspension: the first activation is the one kept. */
    public Account activate(String tenant, String actor, String accountNo, Long version, String reason, boolean full) {
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.ACTIVATE, version, reason, c -> {
            if (c.account().activatedAt == null) {
                c.set("activatedAt", null, c.now(), v -> c.account().activatedAt = v);
            }
        }), full);
    }

    public Account suspend(String tenant, String actor, String accountNo, Long version, String reason, boolean full) {
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.SUSPEND, version, reason, c -> {
        }), full);
    }

    public Account close(String tenant, String actor, String accountNo, BigDecimal finalReading, boolean keepCredit, Long version,
            String reason, boolean full) {
        return Views.account(archive.close(tenant, actor, accountNo, finalReading, keepCredit, version, reason), full);
    }

    /** 过户: the account passes to another registered customer, with that customer's name, phones and household. */
    public Account transfer(String tenant, String actor, String accountNo, String newCustomerId, Long version, String reason,
            boolean full) {
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.TRANSFER, version, reason, c -> {
            CustomerEntity next = c.em().find(CustomerEntity.class, newCustomerId);
            if (next == null) {
                throw Problems.ruleViolated(Text.of("新户主不存在", "The new customer does not exist"),
                        List.of(new FieldError("newCustomerId", Text.of("没有这个客户", "no such customer"))));
            }
            if (next.id.equals(c.account().customerId)) {
                throw Problems.ruleViolated(Text.of("新户主与原户主相同", "The new customer is the current one"));
            }
            c.set("customerId", c.account().customerId, next.id, v -> c.account().customerId = v);
            c.set("holderName", c.account().holderName, next.name, v -> c.account().holderName = v);
            c.set("phones", c.account().phones, next.phones, v -> c.account().phones = v);
            c.set("householdSize", c.account().householdSize, next.householdSize, v -> c.account().householdSize = v);
            c.account().phoneTail = next.phoneTail;
        }), full);
    }

    /** 更名: the holder's name on the account changes, the customer stays. */
    public Account rename(String tenant, String actor, String accountNo, String newName, Long version, String reason, boolean full) {
        return Views.account(archive.move(tenant, actor, accountNo, Lifecycle.RENAME, version, reason,
                c -> c.set("holderName", c.account().holderName, newName.trim(), v -> c.account().holderName = v)), full);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
