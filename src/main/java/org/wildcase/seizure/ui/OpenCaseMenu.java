package org.wildcase.seizure.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class OpenCaseMenu {

    @Bean
    MenuEntry registerSeizureMenu() {
        return new MenuEntry(20, "open.menu", OpenCaseView.class);
    }
}
