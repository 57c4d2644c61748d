package org.rapport.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes {@code @{/webjars/htmx.org/dist/htmx.min.js}} with the webjar's version, as Boot's own
 * {@link ResourceUrlEncodingFilter} does, but asks the resource chain only about webjar links.
 *
 * <p>Boot's filter (registered because webjars-locator-lite enables the resource chain) asks the
 * chain about every link a page writes, and a link that is not a static file, such as each
 * {@code /people/{id}} in a list, is looked up in every static location of every jar on the class
 * path and never cached. That was about half the server time of the people list and of a person's
 * page (docs/benchmarks.md, Web pages). Static files outside {@code /webjars/} carry no version, so
 * the chain gave them back unchanged: every page renders exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class WebjarUrlEncoding {
    private static final String WEBJARS = "/webjars/";

    /** Takes the place of Boot's registration, which backs off when one for this filter type exists. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> webjarUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new WebjarUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class WebjarUrlEncodingFilter extends ResourceUrlEncodingFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest httpRequest)
                    || !(response instanceof HttpServletResponse httpResponse)) {
                throw new ServletException("WebjarUrlEncodingFilter only supports HTTP requests");
            }
            chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(versioned(httpRequest, url));
                }
            });
        }

        private static String versioned(HttpServletRequest request, String url) {
            if (!url.startsWith(request.getContextPath() + WEBJARS)
                    || !(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider)) {
                return url;
            }
            String resolved = provider.getForRequestUrl(request, url);
            return resolved == null ? url : resolved;
        }
    }
}
