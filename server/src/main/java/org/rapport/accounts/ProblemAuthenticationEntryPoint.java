package org.rapport.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** API answers for missing or wrong credentials (401) and throttled sign-ins (429), as problem+json. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException) {
            response.setHeader("Retry-After", String.valueOf(LoginThrottledException.RETRY_AFTER_SECONDS));
            write(response, 429, "Too many requests", e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"rapport\", Basic realm=\"rapport\"");
        String detail = request.getHeader("Authorization") == null
                ? "Send Authorization: Bearer <token> (create one with POST /api/v1/tokens) or sign in"
                : e.getMessage();
        write(response, 401, "Unauthorized", detail);
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
