package org.wildcase.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.wildcase.EmbeddedPostgresDatabase;

/** The audit trail on a real PostgreSQL (embedded binaries), with the {@code postgres} profile. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@AutoConfigureMockMvc
class AuditTrailOnPostgresTest extends AuditTrailChecks {

    @Autowired
    JdbcTemplate sql;

    @Override
    void behindTheApplicationsBack(String statement) {
        // The table's owner may switch the trigger off; the application's code never does.
        sql.execute("alter table audit_entry disable trigger audit_entry_append_only");
        try {
            sql.execute(statement);
        } finally {
            sql.execute("alter table audit_entry enable trigger audit_entry_append_only");
        }
    }
}
