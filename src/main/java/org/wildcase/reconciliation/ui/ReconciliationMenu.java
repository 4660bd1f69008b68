package org.wildcase.reconciliation.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class ReconciliationMenu {

    @Bean
    MenuEntry reconciliationRunsMenu() {
        return new MenuEntry(60, "recon.menu", RunsView.class);
    }
}
