package org.wildcase.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wildcase.WildcaseTest;

/** The audit trail on H2, the embedded default. */
@WildcaseTest
class AuditTrailTest extends AuditTrailChecks {

    @Autowired
    JdbcTemplate sql;

    @Override
    void behindTheApplicationsBack(String statement) {
        sql.execute("drop trigger audit_entry_append_only");
        try {
            sql.execute(statement);
        } finally {
            sql.execute("create trigger audit_entry_append_only before update, delete on audit_entry for each row "
                    + "call \"" + AppendOnly.class.getName() + "\"");
        }
    }
}
