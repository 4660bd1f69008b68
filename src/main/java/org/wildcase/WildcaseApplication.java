package org.wildcase;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WildcaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(WildcaseApplication.class, args);
    }

    /** Every "now" comes from this clock, so tests can fix the day a permit is judged on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
