package org.wildcase.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.permit.PermitRegister.ShippedLine;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.security.DemoSettings;

/** Loads the demo register once, into an empty register, when demo data is on and no real profile is active. */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SYSTEM = "system";

    private final PermitRegister register;
    private final DemoSettings demo;
    private final Environment env;
    private final CitesSettings settings;
    private final Clock clock;

    DemoData(PermitRegister register, DemoSettings demo, Environment env, CitesSettings settings, Clock clock) {
        this.register = register;
        this.demo = demo;
        this.env = env;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    void loadOnce() {
        if (!demo.data() || env.acceptsProfiles(Profiles.of("keycloak", "prod"))
                || register.find("KG-2026-0042").isPresent()) {
            return;
        }
        LocalDate today = settings.today(clock);
        // The permit of api.md's example registration, with the same dates, stamp and line.
        record(new PermitRegistration("KG-2026-0042", DocumentType.EXPORT_PERMIT, LocalDate.of(2026, 10, 1), null,
                LocalDate.of(2027, 3, 31), "Ala-Too Falconry LLC", "KG", "KG123456", Purpose.T,
                List.of(line("Falco cherrug", "LIV", 4, null, Source.W))));
        record(new PermitRegistration("KG-2026-0051", DocumentType.EXPORT_PERMIT, today.minusDays(20), null, null,
                "Issyk-Kul Hunting Tours", "KG", "KG123502", Purpose.H,
                List.of(line("Ovis ammon polii", "TRO", 1, null, Source.W),
                        line("Capra sibirica", "TRO", 2, null, Source.W))));
        record(new PermitRegistration("KG-2026-0063", DocumentType.EXPORT_PERMIT, today.minusDays(40), null, null,
                "Tien Shan Botanicals", "KG", "KG123517", Purpose.T,
                List.of(line("Cistanche deserticola", "ROO", 50, "KIL", Source.W))));
        record(new PermitRegistration("KG-2026-0070", DocumentType.IMPORT_PERMIT, today.minusDays(10), null, null,
                "Bishkek Zoo", "KG", "KG123530", Purpose.Z,
                List.of(line("Panthera uncia", "LIV", 1, null, Source.C))));
        record(new PermitRegistration("KG-2026-0019", DocumentType.EXPORT_PERMIT, today.minusDays(60), null, null,
                "Naryn Trophy Export", "KG", "KG123488", Purpose.H,
                List.of(line("Ovis ammon polii", "TRO", 1, null, Source.W))));
        register.cancel("KG-2026-0019", "Holder's hunting licence revoked", SYSTEM);
        record(new PermitRegistration("KG-2026-0024", DocumentType.EXPORT_PERMIT, today.minusDays(50), null, null,
                "Ala-Too Falconry LLC", "KG", "KG123491", Purpose.T,
                List.of(line("Falco cherrug", "LIV", 2, null, Source.C))));
        register.recordShipment("KG-2026-0024", "BIS-2025-00017", List.of(new ShippedLine(0, BigDecimal.valueOf(2), null)));
        log.info("Loaded the demo permit register");
    }

    private void record(PermitRegistration registration) {
        register.record(registration, SYSTEM);
    }

    private static PermitRegistration.Line line(String name, String term, int quantity, String unit, Source source) {
        return new PermitRegistration.Line(name, term, BigDecimal.valueOf(quantity), unit, source);
    }
}
