package org.wildcase.reconciliation;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run numbers {@code REC-<YYYY>-<NNNNN>}, counted per year of import. As with case numbers, the counter is bumped
 * in its own short transaction: two imports at once get distinct numbers, a failed import leaves a gap.
 */
@Component
class RunNumbers {

    static final String PREFIX = "REC";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    RunNumbers(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(int year) {
        Integer value = ownTransaction.execute(s -> increment(year));
        if (value == null) {
            try {
                ownTransaction.executeWithoutResult(s -> jdbc.sql("insert into reconciliation_counter "
                        + "(run_year, last_value) values (:year, 0)").param("year", year).update());
            } catch (DataIntegrityViolationException alreadyThere) {
                // a concurrent import created it: fine
            }
            value = ownTransaction.execute(s -> increment(year));
        }
        if (value == null) {
            throw new IllegalStateException("No run number counter for " + year);
        }
        return String.format("%s-%d-%05d", PREFIX, year, value);
    }

    private Integer increment(int year) {
        if (jdbc.sql("update reconciliation_counter set last_value = last_value + 1 where run_year = :year")
                .param("year", year).update() == 0) {
            return null;
        }
        return jdbc.sql("select last_value from reconciliation_counter where run_year = :year").param("year", year)
                .query(Integer.class).single();
    }
}
