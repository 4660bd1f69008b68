package org.wildcase.species.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class SpeciesMenu {

    @Bean
    MenuEntry speciesListMenu() {
        return new MenuEntry(900, "menu.species", SpeciesListView.class);
    }
}
