package org.wildcase.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.event.EventListener;

/**
 * Credentials that passed the password check a moment ago. An API client sends the same HTTP Basic credentials on
 * every call; remembering them for a few minutes makes it pay for BCrypt once instead of on every call, while the
 * stored hash stays as strong as it is.
 * <p>
 * Each entry is known only by a keyed hash (HMAC-SHA-256) of the user name, the stored password hash and the
 * password, under a key made at start and kept in memory only: the password is never kept, a different password
 * never matches, and a changed stored hash misses by itself. Entries expire after {@link #TIME_TO_LIVE}; beyond
 * {@link #CAPACITY} the oldest go first; a changed account's go at once ({@link LocalAccountChanged}).
 */
final class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int CAPACITY = 1_000;

    private static final String HMAC = "HmacSHA256";

    private record Entry(String username, Instant expires) {
    }

    private final SecretKeySpec key;
    private final Clock clock;
    private final int capacity;

    // Insertion order: the eldest entry is the one verified longest ago.
    private final Map<String, Entry> entries = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
        }
    };

    VerifiedCredentials(Clock clock) {
        this(clock, CAPACITY);
    }

    VerifiedCredentials(Clock clock, int capacity) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.clock = clock;
        this.capacity = capacity;
    }

    /** Whether exactly these credentials, against this stored hash, passed the check less than a few minutes ago. */
    boolean contain(String username, String storedHash, String password) {
        String id = id(username, storedHash, password);
        synchronized (entries) {
            Entry entry = entries.get(id);
            if (entry == null) {
                return false;
            }
            if (!clock.instant().isBefore(entry.expires())) {
                entries.remove(id);
                return false;
            }
            return true;
        }
    }

    /** Remembers credentials that just passed the password check. */
    void add(String username, String storedHash, String password) {
        String id = id(username, storedHash, password);
        Entry entry = new Entry(username, clock.instant().plus(TIME_TO_LIVE));
        synchronized (entries) {
            entries.remove(id);
            entries.put(id, entry);
        }
    }

    /** Forgets every remembered sign-in of an account, so that its next one is checked in full. */
    void forget(String username) {
        synchronized (entries) {
            entries.values().removeIf(e -> e.username().equals(username));
        }
    }

    @EventListener
    void accountChanged(LocalAccountChanged event) {
        forget(event.username());
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String id(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            // Each part with its length first, so that no two different triples read as the same bytes.
            for (String part : new String[] {username, storedHash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
