package org.rapport.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains: the REST API (bearer tokens, HTTP Basic for creating tokens, or the browser
 * session with a CSRF header) answering problem+json, and the browser pages (form sign-in,
 * CSRF on every form, a strict Content-Security-Policy).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    /** No inline scripts or styles anywhere; nothing may frame our pages. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";
    /** Swagger UI styles some elements inline; it runs no inline script either. */
    static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String[] PUBLIC_PAGES = {
        "/login",
        "/signup",
        "/join/**",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, AccountRepository accounts)
            throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint();
        // Actuator rides on the API chain so monitoring can use a token; health stays public.
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // API callers are not redirected to a page after signing in; nothing to remember.
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new MemberAccessFilter(accounts, entryPoint), AuthorizationFilter.class)
                // Token and Basic calls carry their own credentials, so forged cross-site requests cannot
                // use them; calls riding on the browser session still need the CSRF header.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/accounts")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountRepository accounts) throws Exception {
        var swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        // A member removed from their workspace while signed in lands on the sign-in page.
        AuthenticationEntryPoint removed =
                (request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?removed");
        http.addFilterBefore(new MemberAccessFilter(accounts, removed), AuthorizationFilter.class)
                .authorizeHttpRequests(a ->
                        a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.frameOptions(f -> f.deny())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(swagger), new ContentSecurityPolicyHeaderWriter(CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                swagger, new ContentSecurityPolicyHeaderWriter(SWAGGER_CSP))));
        return http.build();
    }

    /** Roles, checked once for every page and API handler. */
    @Bean
    WebMvcConfigurer roleCheck() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RoleCheck());
            }
        };
    }

    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException) {
                response.setHeader("Retry-After", String.valueOf(LoginThrottledException.RETRY_AFTER_SECONDS));
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }
}
