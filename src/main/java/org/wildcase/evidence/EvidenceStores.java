package org.wildcase.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store {@code wildcase.evidence.store} names. */
@Configuration(proxyBeanMethods = false)
class EvidenceStores {

    @Bean
    EvidenceStore evidenceStore(EvidenceSettings settings, JdbcClient jdbc) {
        return switch (settings.store()) {
            case "database" -> new DatabaseEvidenceStore(jdbc);
            case "directory" -> new DirectoryEvidenceStore(settings.directory());
            default -> throw new IllegalStateException("wildcase.evidence.store is database or directory, not "
                    + settings.store());
        };
    }
}
