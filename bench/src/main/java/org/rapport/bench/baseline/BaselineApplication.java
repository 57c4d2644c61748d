package org.rapport.bench.baseline;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick for the server's startup time and memory: the server's starters and libraries on
 * the classpath, an SQLite data source, actuator health, and one constant endpoint. No Rapport code.
 */
@SpringBootApplication
@RestController
public class BaselineApplication {
    private static final Map<String, String> HELLO = Map.of("status", "ok");

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @GetMapping("/hello")
    Map<String, String> hello() {
        return HELLO;
    }

    @Bean
    SecurityFilterChain everythingPermitted(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
