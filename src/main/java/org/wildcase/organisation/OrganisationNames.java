package org.wildcase.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;

/**
 * The display names of agencies and customs units. Reads come from an in-memory copy, since headers and grids ask
 * for a name on every row; this node's own edits show at once, another node's within {@link #RELOAD_NANOS}.
 */
@Service
public class OrganisationNames {

    /** The agency that seizes: its name is shown as the detecting agency. */
    public static final String CUSTOMS = "CUSTOMS";
    /** The national CITES Management Authority, whichever ministry holds the duty at the time. */
    public static final String CITES_AUTHORITY = "CITES_AUTHORITY";

    /** Field paths of {@link InvalidInputException} errors. */
    public static final String FIELD_CODE = "code";
    public static final String FIELD_NAME_EN = "nameEn";
    public static final String FIELD_NAME_RU = "nameRu";
    public static final String FIELD_NAME_KY = "nameKy";

    public static final int MAX_NAME = 300;

    /** Messages of {@link InvalidInputException} errors, stable so that a view can translate them. */
    public static final String REQUIRED = "is required";
    public static final String TOO_LONG = "must be at most " + MAX_NAME + " characters";
    public static final String CODE_FORMAT = "must be 2 to 5 upper-case letters";
    /** Unit codes begin case numbers; REC begins reconciliation run numbers, so no unit may take it. */
    public static final java.util.Set<String> RESERVED_CODES = java.util.Set.of("REC");
    public static final String CODE_RESERVED = "is reserved for reconciliation run numbers";

    static final long RELOAD_NANOS = 30_000_000_000L;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z]{2,5}");

    /** An agency or a customs unit. */
    public enum Kind {
        AGENCY, UNIT
    }

    /** The names of one agency or unit; {@code version} is what an update must name to prove it saw the latest. */
    public record Entry(String code, Kind kind, String nameEn, String nameRu, String nameKy, long version) {

        /**
         * The name in the locale's language: Russian or Kyrgyz when given. A missing Kyrgyz name falls back to
         * Russian, which every reader of Kyrgyz also reads; then English, then the code.
         */
        public String name(Locale locale) {
            String language = locale == null ? "" : locale.getLanguage();
            String localised = switch (language) {
                case "ru" -> nameRu;
                case "ky" -> nameKy != null && !nameKy.isBlank() ? nameKy : nameRu;
                default -> null;
            };
            if (localised != null && !localised.isBlank()) {
                return localised;
            }
            return nameEn != null && !nameEn.isBlank() ? nameEn : code;
        }
    }

    private final OrganisationNameRows rows;
    private final TransactionTemplate tx;
    private volatile Map<String, Entry> cached;
    private volatile long loadedAt;
    /** Bumped by every write, so that a read that raced with it does not cache what it saw before. */
    private final AtomicLong writes = new AtomicLong();

    private final org.wildcase.audit.AuditTrail audit;

    OrganisationNames(OrganisationNameRows rows, PlatformTransactionManager txManager,
            org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.rows = rows;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The name of an agency or unit in the locale's language; an unknown code is shown as itself, null as "". */
    public String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Entry entry = all().get(code);
        return entry == null ? code : entry.name(locale);
    }

    /** Every known code with its names: agencies first, then units, each by code. */
    public List<Entry> entries() {
        return List.copyOf(all().values());
    }

    public List<Entry> units() {
        return all().values().stream().filter(e -> e.kind() == Kind.UNIT).toList();
    }

    public List<Entry> agencies() {
        return all().values().stream().filter(e -> e.kind() == Kind.AGENCY).toList();
    }

    /**
     * Renames an agency or unit. English and Russian are required; a blank Kyrgyz name is cleared (English is shown
     * instead). A {@code expectedVersion} other than the stored one means someone else saved first: nothing changes.
     */
    public Entry update(String code, String nameEn, String nameRu, String nameKy, long expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        Names names = names(nameEn, nameRu, nameKy, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        try {
            return write(() -> {
                OrganisationName row = rows.findById(code == null ? "" : code)
                        .orElseThrow(() -> new NotFoundException("No agency or unit " + code + "."));
                if (row.version == null || row.version != expectedVersion) {
                    throw stale(code);
                }
                names.applyTo(row);
                Entry saved = rows.saveAndFlush(row).toEntry();
                audit.record("NAMES_CHANGED", null, org.wildcase.audit.AuditTrail.detail("code", saved.code(),
                        "en", saved.nameEn(), "ru", saved.nameRu(), "ky", saved.nameKy()));
                return saved;
            });
        } catch (OptimisticLockingFailureException e) {
            throw stale(code);
        }
    }

    /** Adds a customs unit under a new code of 2 to 5 upper-case letters. */
    public Entry addUnit(String code, String nameEn, String nameRu, String nameKy) {
        List<FieldError> errors = new ArrayList<>();
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(FIELD_CODE, REQUIRED));
        } else if (!UNIT_CODE.matcher(trimmed).matches()) {
            errors.add(new FieldError(FIELD_CODE, CODE_FORMAT));
        } else if (RESERVED_CODES.contains(trimmed)) {
            errors.add(new FieldError(FIELD_CODE, CODE_RESERVED));
        }
        Names names = names(nameEn, nameRu, nameKy, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        try {
            return write(() -> {
                if (rows.existsById(trimmed)) {
                    throw taken(trimmed);
                }
                OrganisationName row = new OrganisationName(trimmed, Kind.UNIT);
                names.applyTo(row);
                Entry saved = rows.saveAndFlush(row).toEntry();
                audit.record("UNIT_ADDED", null, org.wildcase.audit.AuditTrail.detail("code", saved.code(),
                        "en", saved.nameEn(), "ru", saved.nameRu(), "ky", saved.nameKy()));
                return saved;
            });
        } catch (DataIntegrityViolationException e) {
            // Two admins adding the same code at once: the primary key decides.
            throw taken(trimmed);
        }
    }

    private Entry write(Supplier<Entry> change) {
        try {
            return tx.execute(s -> change.get());
        } finally {
            // After the commit (or the rollback), so that no reader caches the old names again for long.
            writes.incrementAndGet();
            cached = null;
        }
    }

    private Map<String, Entry> all() {
        Map<String, Entry> map = cached;
        if (map == null || System.nanoTime() - loadedAt > RELOAD_NANOS) {
            long before = writes.get();
            Map<String, Entry> loaded = new LinkedHashMap<>();
            tx.execute(s -> rows.findAll()).stream().map(OrganisationName::toEntry)
                    .sorted(Comparator.comparing(Entry::kind).thenComparing(Entry::code))
                    .forEach(e -> loaded.put(e.code(), e));
            map = Collections.unmodifiableMap(loaded);
            if (writes.get() == before) {
                cached = map;
                loadedAt = System.nanoTime();
            }
        }
        return map;
    }

    private static ConflictException stale(String code) {
        return new ConflictException("Someone else changed the names of " + code
                + " meanwhile. Reload them and try again.");
    }

    private static ConflictException taken(String code) {
        return new ConflictException("The code " + code + " is already in use.");
    }

    private static Names names(String nameEn, String nameRu, String nameKy, List<FieldError> errors) {
        String en = required(FIELD_NAME_EN, nameEn, errors);
        String ru = required(FIELD_NAME_RU, nameRu, errors);
        String ky = nameKy == null || nameKy.isBlank() ? null : nameKy.trim();
        if (ky != null && ky.length() > MAX_NAME) {
            errors.add(new FieldError(FIELD_NAME_KY, TOO_LONG));
        }
        return new Names(en, ru, ky);
    }

    private static String required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, REQUIRED));
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_NAME) {
            errors.add(new FieldError(field, TOO_LONG));
        }
        return trimmed;
    }

    private record Names(String en, String ru, String ky) {
        void applyTo(OrganisationName row) {
            row.nameEn = en;
            row.nameRu = ru;
            row.nameKy = ky;
        }
    }
}
