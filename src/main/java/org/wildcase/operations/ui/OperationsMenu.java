package org.wildcase.operations.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class OperationsMenu {

    @Bean
    MenuEntry incidentsMenu() {
        return new MenuEntry(930, "menu.incidents", IncidentsView.class);
    }
}
