package org.wildcase.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ShellMenu {

    @Bean
    MenuEntries.MenuEntry homeMenu() {
        return new MenuEntries.MenuEntry(0, "menu.home", HomeView.class);
    }
}
