package org.rapport.feeds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /feeds/**} before every other chain: open to anyone holding the secret URL, stateless (no
 * session is created or read, so no cookie), no CSRF (only GET, nothing changes), no login
 * redirect. The controller answers 404 for a secret it does not know.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {
    @Bean
    @Order(0)
    SecurityFilterChain feedChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/feeds/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.requireExplicitSave(true))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .anonymous(a -> a.disable())
                .headers(h -> h.cacheControl(c -> c.disable()));
        return http.build();
    }
}
