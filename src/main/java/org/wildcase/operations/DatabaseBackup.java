package org.wildcase.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} (admin): an online backup of the embedded H2 database, H2's own {@code BACKUP TO}
 * (a zip of the database file, transactionally consistent while the application runs), written to
 * {@code wildcase.backup.directory}. The embedded database is locked by the running application, so no tool outside
 * it could read it. PostgreSQL is backed up with pg_dump instead (config/backup/backup-postgres.sh).
 */
@Component
@Endpoint(id = "backup")
class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, @Value("${wildcase.backup.directory:./data/backups}") Path directory,
            Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.clock = clock;
    }

    @WriteOperation
    WebEndpointResponse<Map<String, Object>> backup() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return new WebEndpointResponse<>(Map.of("detail", "The database is PostgreSQL: back it up with "
                        + "pg_dump (config/backup/backup-postgres.sh)."), 409);
            }
            Files.createDirectories(directory);
            OffsetDateTime at = OffsetDateTime.now(clock);
            Path file = directory.resolve("wildcase-" + STAMP.format(at) + ".zip").toAbsolutePath();
            try (var statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("file", file.toString());
            done.put("size", Files.size(file));
            done.put("at", at.toString());
            return new WebEndpointResponse<>(done, 200);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
