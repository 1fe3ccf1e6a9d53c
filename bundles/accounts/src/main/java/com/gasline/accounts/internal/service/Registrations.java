package com.gasline.accounts.internal.service;

import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.CustomerEntity;
import com.gasline.accounts.internal.store.PremisesEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** Customers and premises as the branch registers and finds them; private fields masked unless {@code full}. */
@Component(service = Registrations.class)
public class Registrations {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    private final Archive archive;
    private final AccountStore store;

    @Activate
    public Registrations(@Reference Archive archive, @Reference AccountStore store) {
        this.archive = archive;
        this.store = store;
    }

    public Customer createCustomer(String tenant, NewCustomer customer, boolean full) {
        return Views.customer(archive.createCustomer(tenant, customer), full);
    }

    /** By name prefix, or by phone digits (last four, or any run); lists are always masked. */
    public Page<Customer> customers(String tenant, String text, PageRequest page) {
        Search<CustomerEntity> search = new Search<>(CustomerEntity.class, "name");
        if (text != null && DIGITS.matcher(text).matches()) {
            String tail = text.length() <= 4 ? text : text.substring(text.length() - 4);
            search.anyOf(List.of(new Search<>(CustomerEntity.class, "name").equal("phoneTail", tail.length() == 4 ? tail : null)
                    .contains("phones", text), new Search<>(CustomerEntity.class, "name").startsWith("name", text)));
        } else {
            search.startsWith("name", text);
        }
        Page<CustomerEntity> found = store.in(tenant, em -> search.page(em, page));
        return new Page<>(found.items().stream().map(c -> Views.customer(c, false)).toList(), found.page(), found.size(), found.total());
    }

    public Customer customer(String tenant, String id, boolean full) {
        CustomerEntity c = store.in(tenant, em -> em.find(CustomerEntity.class, id));
        if (c == null) {
            throw Problems.notFound(Text.of("没有这个客户", "No such customer"));
        }
        return Views.customer(c, full);
    }

    public Premises createPremises(String tenant, NewPremises premises) {
        return Views.premises(archive.createPremises(tenant, premises));
    }

    public Page<Premises> premises(String tenant, String area, PageRequest page) {
        Search<PremisesEntity> search = new Search<>(PremisesEntity.class, "area").within("area", area);
        Page<PremisesEntity> found = store.in(tenant, em -> search.page(em, page));
        return new Page<>(found.items().stream().map(Views::premises).toList(), found.page(), found.size(), found.total());
    }

    public Premises premisesById(String tenant, String id) {
        PremisesEntity p = store.in(tenant, em -> em.find(PremisesEntity.class, id));
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个用气地址", "No such premises"));
        }
        return Views.premises(p);
    }
}
