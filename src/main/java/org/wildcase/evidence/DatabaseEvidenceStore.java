package org.wildcase.evidence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The default store: the bytes in the database ({@code evidence_blob}), in the transaction of the upload. */
class DatabaseEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;

    DatabaseEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String sha256, byte[] content) {
        int known = jdbc.sql("select count(*) from evidence_blob where sha256 = :h").param("h", sha256)
                .query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into evidence_blob (sha256, content) values (:h, :c)").param("h", sha256)
                    .param("c", content).update();
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        return jdbc.sql("select content from evidence_blob where sha256 = :h").param("h", sha256)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }
}
