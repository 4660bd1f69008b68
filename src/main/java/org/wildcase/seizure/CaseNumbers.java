package org.wildcase.seizure;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers {@code <UNIT>-<YYYY>-<NNNNN>}, counted per unit and year. The counter row is locked by the update
 * and committed at once in its own short transaction, so concurrent registrations get distinct numbers without
 * waiting on each other's whole registration (a registration that fails later leaves a gap, never a duplicate).
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String unit, int year) {
        Integer value = ownTransaction.execute(s -> increment(unit, year));
        if (value == null) {
            // First case of this unit and year: create the counter (a concurrent creation may win), then count.
            try {
                ownTransaction.executeWithoutResult(s -> jdbc.sql("insert into case_number_counter "
                        + "(unit, case_year, last_value) values (:unit, :year, 0)")
                        .param("unit", unit).param("year", year).update());
            } catch (DataIntegrityViolationException alreadyThere) {
                // fine: the row exists now
            }
            value = ownTransaction.execute(s -> increment(unit, year));
        }
        if (value == null) {
            throw new IllegalStateException("No case number counter for " + unit + " " + year);
        }
        return format(unit, year, value);
    }

    private Integer increment(String unit, int year) {
        int updated = jdbc.sql("update case_number_counter set last_value = last_value + 1 "
                + "where unit = :unit and case_year = :year").param("unit", unit).param("year", year).update();
        if (updated == 0) {
            return null;
        }
        return jdbc.sql("select last_value from case_number_counter where unit = :unit and case_year = :year")
                .param("unit", unit).param("year", year).query(Integer.class).single();
    }

    static String format(String unit, int year, int value) {
        return String.format("%s-%d-%05d", unit, year, value);
    }
}
