package org.wildcase.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The bytes in a directory, content-addressed: {@code <root>/ab/cd/<sha256>}. A file is written to a temporary
 * name beside its place, forced to disk, then renamed atomically, and the directory is forced too: a reader never
 * sees half a file, and a crash leaves the file whole or absent. Files are never changed or removed by the
 * application.
 */
class DirectoryEvidenceStore implements EvidenceStore {

    private final Path root;

    DirectoryEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public void put(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            force(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep evidence " + sha256, e);
        }
    }

    /** Forces a directory's entries to disk (where the platform allows opening a directory). */
    private static void force(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some file systems do not open directories; the file itself is forced already.
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        Path file = pathOf(sha256);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read evidence " + sha256, e);
        }
    }
}
