package com.gasline.accounts.internal.service;

import java.time.LocalDate;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.rest.NumberingRule;
import com.gasline.accounts.internal.rules.NumberPattern;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.CounterEntity;
import com.gasline.accounts.internal.store.NumberingEntity;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * 户号 numbering: the branch's rule (a pattern such as {@code DQ{yyyy}{seq:6}}) and the counters behind it.
 * Numbers are taken under the counter's row lock, never reused, and skip numbers already in use.
 */
@Component(service = Numbering.class)
public class Numbering {

    private final AccountStore store;

    @Activate
    public Numbering(@Reference AccountStore store) {
        this.store = store;
    }

    public NumberingRule rule(String tenant) {
        return store.in(tenant, em -> view(rule(em)));
    }

    public NumberingRule change(String tenant, String pattern, Long version) {
        NumberPattern.parse(pattern);
        return store.in(tenant, em -> {
            NumberingEntity n = em.find(NumberingEntity.class, NumberingEntity.ACCOUNT);
            if (n == null) {
                n = new NumberingEntity();
                n.id = NumberingEntity.ACCOUNT;
                n.pattern = pattern;
                em.persist(n);
                em.flush();
                return view(n);
            }
            if (version != null && version != n.version) {
                throw Problems.conflict(Text.of("编号规则已被他人修改，请刷新后重试", "The rule was changed by someone else; reload and retry"));
            }
            n.pattern = pattern;
            em.flush();
            return view(n);
        });
    }

    private static NumberingRule view(NumberingEntity n) {
        return new NumberingRule(n.pattern, n.version);
    }

    private static NumberingEntity rule(EntityManager em) {
        NumberingEntity n = em.find(NumberingEntity.class, NumberingEntity.ACCOUNT);
        if (n == null) {
            n = new NumberingEntity();
            n.id = NumberingEntity.ACCOUNT;
            n.pattern = NumberPattern.DEFAULT;
        }
        return n;
    }

    /**
     * The counter row for today's prefix exists before the numbering transaction locks it, so that
     * concurrent first accounts queue on the lock instead of racing to insert it.
     */
    String prefixFor(String tenant, LocalDate day) {
        String prefix = store.in(tenant, em -> NumberPattern.parse(rule(em).pattern).prefix(day));
        try {
            store.in(tenant, em -> {
                if (em.find(CounterEntity.class, prefix) == null) {
                    CounterEntity c = new CounterEntity();
                    c.prefix = prefix;
                    c.nextValue = 1;
                    em.persist(c);
                }
                return null;
            });
        } catch (ProblemException raced) {
            if (raced.status() != 409) {
                throw raced;
            }
        }
        return prefix;
    }

    /** Takes the next free serial under the lock; numbers already used (e.g. imported) are skipped. */
    static String nextNumber(EntityManager em, String tenant, String prefix) {
        NumberPattern rule = NumberPattern.parse(rule(em).pattern);
        CounterEntity counter = em.find(CounterEntity.class, prefix, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("numbering counter " + prefix + " missing for " + tenant);
        }
        String number;
        do {
            number = rule.format(prefix, counter.nextValue++);
        } while (em.find(AccountEntity.class, number) != null);
        return number;
    }
}
