package org.wildcase.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence is kept and how much: {@code store} is {@code database} (default) or {@code directory} (under
 * {@code directory}); at most {@code maxFileSize} a file and {@code maxCaseSize} a case, retracted files included
 * (nothing is ever deleted).
 */
@ConfigurationProperties(prefix = "wildcase.evidence")
public record EvidenceSettings(@DefaultValue("database") String store, @DefaultValue("./data/evidence") Path directory,
        @DefaultValue("25MB") DataSize maxFileSize, @DefaultValue("500MB") DataSize maxCaseSize) {
}
