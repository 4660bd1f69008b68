package org.wildcase.evidence;

import java.util.Optional;

/**
 * Where the bytes of evidence live, addressed by their SHA-256 (the same bytes are kept once). {@link #put} returns
 * only once the bytes are durable: a 201 means the file survives a crash the next instant.
 */
public interface EvidenceStore {

    /** Keeps the bytes under their hash, unless they are kept already. */
    void put(String sha256, byte[] content);

    /** The bytes kept under this hash, exactly as they are now (the caller checks them against the hash). */
    Optional<byte[]> get(String sha256);
}
