package org.rapport.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload larger than the configured limit with 413 problem+json before anything
 * reads it. (Past the servlet container's own check the client would get a bare 413 without a body.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {
    private final DataSize maxFile;
    private final DataSize maxRequest;

    UploadLimitFilter(
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize maxRequest) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/imports");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequest.toBytes()) {
            String limit = maxFile.toMegabytes() > 0 ? maxFile.toMegabytes() + "MB" : maxFile.toKilobytes() + "KB";
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Upload too large\",\"status\":413,\"detail\":"
                            + "\"The file is larger than the upload limit of " + limit
                            + " (spring.servlet.multipart.max-file-size). Nothing was imported.\",\"instance\":\""
                            + request.getRequestURI().replace("\"", "") + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
