package org.wildcase.custody;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.seizure.CaseFileSection;

/** The custody module's parts of the case file. */
@Configuration
class CustodySections {

    @Bean
    CaseFileSection careSection(SpecimenCustody custody) {
        return section("care", custody::care);
    }

    @Bean
    CaseFileSection disposalsSection(SpecimenCustody custody) {
        return section("disposals", custody::disposals);
    }

    @Bean
    CaseFileSection custodySection(SpecimenCustody custody) {
        return section("custody", custody::custody);
    }

    private static CaseFileSection section(String field, java.util.function.LongFunction<Object> of) {
        return new CaseFileSection() {
            @Override
            public String field() {
                return field;
            }

            @Override
            public Object of(long caseId) {
                return of.apply(caseId);
            }
        };
    }
}
