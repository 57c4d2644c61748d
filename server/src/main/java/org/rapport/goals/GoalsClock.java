package org.rapport.goals;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock goals read "now" from: stale flags and the 3-then-7 routine depend on it, so tests
 * replace it (a {@code @Primary} Clock bean) and move time instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class GoalsClock {
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
