package com.gasline.example.notices.internal.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.example.notices.internal.store.NoticeEntity;
import com.gasline.example.notices.internal.store.NoticeStore;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The notices of a branch: every method names its tenant and returns records, never entities. */
@Component(service = Notices.class)
public class Notices {

    private final NoticeStore store;

    @Activate
    public Notices(@Reference NoticeStore store) {
        this.store = store;
    }

    public Page<Notice> list(String tenant, PageRequest page) {
        return store.in(tenant, em -> {
            long total = em.createQuery("select count(n) from NoticeEntity n", Long.class).getSingleResult();
            var items = em.createQuery("select n from NoticeEntity n order by n.publishedAt desc, n.id", NoticeEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(Notices::view).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    public Notice get(String tenant, String id) {
        return store.in(tenant, em -> {
            NoticeEntity n = em.find(NoticeEntity.class, id);
            if (n == null) {
                throw Problems.notFound(Text.of("没有这条公告", "No such notice"));
            }
            return view(n);
        });
    }

    public Notice publish(String tenant, String author, NewNotice notice) {
        Validation.requireBody(notice);
        new Validation()
                .required("title", notice.title()).maxLength("title", notice.title(), 200)
                .required("body", notice.body()).maxLength("body", notice.body(), 4000)
                .throwIfInvalid();
        // the platform's clock, in the branch's own zone: never the JVM's
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            NoticeEntity n = new NoticeEntity();
            n.id = UUID.randomUUID().toString();
            n.title = notice.title().trim();
            n.body = notice.body();
            n.author = author;
            n.publishedAt = now;
            em.persist(n);
            return view(n);
        });
    }

    private static Notice view(NoticeEntity n) {
        return new Notice(n.id, n.title, n.body, n.author, n.publishedAt);
    }
}
