package org.wildcase.reporting;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.wildcase.EmbeddedPostgresDatabase;

/**
 * The same report on a real PostgreSQL (embedded binaries): the keyset paging over {@code timestamp with time zone},
 * the set-based reads of every module and the V6 indexes.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
class AnnualIllegalTradeReportOnPostgresTest extends AnnualIllegalTradeReportApiTest {

}
