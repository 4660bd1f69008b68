package org.wildcase.permit.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class PermitMenu {

    @Bean
    MenuEntry permitRegisterMenu() {
        return new MenuEntry(50, "permits.menu", PermitRegisterView.class);
    }
}
