package org.wildcase;

import java.io.IOException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (embedded binaries) for a test context with the {@code postgres} profile: the connection goes
 * through the same environment variables a deployment sets. Import it with {@code @Import}. Spring owns the
 * database's lifecycle, so it stops after the engine and the pool (stopping it first gives engine errors and a 30 s
 * pool timeout).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresDatabase {

    /** No shutdown hook of its own: Spring closes it, after everything that uses the data source. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    /** Registrars run before the singletons are made, so the data source sees these. */
    @Bean
    DynamicPropertyRegistrar postgresConnection(EmbeddedPostgres postgres) {
        return registry -> {
            registry.add("WILDCASE_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
            registry.add("WILDCASE_DB_USER", () -> "postgres");
            registry.add("WILDCASE_DB_PASSWORD", () -> "postgres");
        };
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceNeedsPostgres() {
        return factory -> factory.getBeanDefinition("dataSource").setDependsOn("embeddedPostgres");
    }
}
