package org.rapport.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.DateTimeFeature;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {
    /** Keep the offset a client sent ("18:30-05:00" stays that, not "23:30Z"): it says when in their day it was. */
    @Bean
    JsonMapperBuilderCustomizer keepOffsets() {
        return builder -> builder.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
