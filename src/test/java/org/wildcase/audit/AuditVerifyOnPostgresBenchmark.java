package org.wildcase.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.wildcase.EmbeddedPostgresDatabase;

/** {@link AuditVerifyBenchmark} on embedded PostgreSQL. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
class AuditVerifyOnPostgresBenchmark {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate sql;

    @Test
    void verification_of_a_long_trail() {
        AuditVerifyBenchmark.run("PostgreSQL", trail, sql);
    }
}
