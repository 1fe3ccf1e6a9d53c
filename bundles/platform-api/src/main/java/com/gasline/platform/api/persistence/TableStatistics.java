package com.gasline.platform.api.persistence;

/**
 * The query planner's picture of a module's tables. After a bulk write (a bill run adds a bill to every account) the
 * statistics still describe the table as it was: PostgreSQL analyses a table again only once a tenth of it has changed,
 * so a branch with a year of bills keeps planning as if hardly any bill were open, and reads one account's open bills
 * by scanning every open bill of the branch. The module that did the bulk write refreshes them, as the PostgreSQL
 * manual advises after loading large amounts of data.
 */
public interface TableStatistics {

    /** Samples the named tables (plain names such as {@code met_bill}) now; a failure is logged, never thrown. */
    void refresh(String... tables);
}
