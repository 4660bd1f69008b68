package org.wildcase.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;

/**
 * Upload and read throughput of evidence: N photos of about 5 MB (default 20, {@code -Dbench.evidence.files}) kept
 * through the service (type detection, metadata, thumbnail, hash, store) and read back with the hash check, on the
 * database store and on the directory store, both on H2. Not part of {@code ./mvnw verify}: run
 * {@code ./mvnw test -Dtest='EvidenceThroughputBenchmark*'}.
 */
class EvidenceThroughputBenchmark {

    static final WildcaseUser OFFICER = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");

    /** A noisy photo of about 5 MB; {@code i} appended after its end marker makes each one's bytes differ. */
    static byte[] photo(byte[] base, int i) {
        byte[] copy = java.util.Arrays.copyOf(base, base.length + 4);
        java.nio.ByteBuffer.wrap(copy, base.length, 4).putInt(i);
        return copy;
    }

    static byte[] base() throws Exception {
        BufferedImage image = new BufferedImage(3300, 2500, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static void run(String store, CaseEvidence evidence, MockMvc mvc) throws Exception {
        int n = Integer.getInteger("bench.evidence.files", 20);
        byte[] base = base();
        long bytes = 0;
        String caseNumber = null;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) {
                caseNumber = new CaseApi(mvc).open("officer.bishkek", false);
            }
            byte[] p = photo(base, i);
            long t = System.nanoTime();
            ids[i] = evidence.add(caseNumber, new CaseEvidence.Upload(AttachmentKind.SPECIMEN_PHOTO, "p.jpg", null,
                    null, null), p, OFFICER).id();
            bytes += p.length;
            uploadNanos += System.nanoTime() - t;
            cases[i] = caseNumber;
        }
        long read = System.nanoTime();
        for (int i = 0; i < n; i++) {
            evidence.read(cases[i], ids[i], OFFICER);
        }
        long readNanos = System.nanoTime() - read;
        System.out.printf("EVIDENCE %s: %d photos of %.1f MB; upload %.1f MB/s (%.0f ms each), read with hash check "
                + "%.1f MB/s%n", store, n, base.length / 1e6, bytes / 1e6 / (uploadNanos / 1e9),
                uploadNanos / 1e6 / n, bytes / 1e6 / (readNanos / 1e9));
        uploadNanos = 0;
    }

    static long uploadNanos;
    static String[] cases = new String[10_000];

    @Nested
    @SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:bench-db-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"})
    @AutoConfigureMockMvc
    class InTheDatabase {
        @Autowired
        CaseEvidence evidence;

        @Autowired
        MockMvc mvc;

        @Test
        void throughput() throws Exception {
            run("database (H2)", evidence, mvc);
        }
    }

    @Nested
    @SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:bench-dir-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false", "wildcase.evidence.store=directory",
            "wildcase.evidence.directory=target/evidence-bench"})
    @AutoConfigureMockMvc
    class InADirectory {
        @Autowired
        CaseEvidence evidence;

        @Autowired
        MockMvc mvc;

        @Test
        void throughput() throws Exception {
            run("directory", evidence, mvc);
        }
    }
}
