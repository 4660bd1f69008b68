package org.wildcase.organisation.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class OrganisationMenu {

    @Bean
    MenuEntry organisationNamesMenu() {
        return new MenuEntry(910, "menu.names", OrganisationNamesView.class);
    }
}
