package org.wildcase.reporting;

import java.io.IOException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The same report on a real PostgreSQL (embedded binaries): the keyset paging over {@code timestamp with time zone},
 * the set-based reads of every module and the V6 indexes.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class AnnualIllegalTradeReportOnPostgresTest extends AnnualIllegalTradeReportApiTest {

    private static EmbeddedPostgres postgres;

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("WILDCASE_DB_URL", () -> postgres().getJdbcUrl("postgres", "postgres"));
        registry.add("WILDCASE_DB_USER", () -> "postgres");
        registry.add("WILDCASE_DB_PASSWORD", () -> "postgres");
    }

    @TestConfiguration
    static class Lifecycle {

        /** Closed by Spring after everything that uses the data source. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() {
            return postgres();
        }

        @Bean
        static BeanFactoryPostProcessor dataSourceNeedsPostgres() {
            return factory -> factory.getBeanDefinition("dataSource").setDependsOn("embeddedPostgres");
        }
    }
}
