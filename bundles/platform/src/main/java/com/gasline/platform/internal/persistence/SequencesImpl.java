package com.gasline.platform.internal.persistence;

import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.ProblemException;

/** Counters in their own short transactions, so a number is held locked only for a moment. */
@Component(service = Sequences.class)
public class SequencesImpl implements Sequences {

    private final PlatformStore store;

    @Activate
    public SequencesImpl(@Reference PlatformStore store) {
        this.store = store;
    }

    @Override
    public long next(String tenant, String name) {
        String id = tenant + ":" + name;
        // the counter exists but for its first number: one short transaction, the row locked until its commit
        Long taken = store.tx(em -> {
            SequenceEntity s = em.find(SequenceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            return s == null ? null : s.nextValue++;
        });
        if (taken != null) {
            return taken;
        }
        try {
            store.tx(em -> {
                if (em.find(SequenceEntity.class, id) == null) {
                    SequenceEntity s = new SequenceEntity();
                    s.id = id;
                    s.nextValue = 1;
                    em.persist(s);
                }
                return null;
            });
        } catch (ProblemException raced) {
            // another caller created the row first: fine, it is there now
            if (raced.status() != 409) {
                throw raced;
            }
        }
        return store.tx(em -> em.find(SequenceEntity.class, id, LockModeType.PESSIMISTIC_WRITE).nextValue++);
    }
}
