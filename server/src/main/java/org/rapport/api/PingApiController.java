package org.rapport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ping")
class PingApiController {
    record PingResponse(String status) {}

    private static final PingResponse OK = new PingResponse("ok");

    @GetMapping("/api/v1/ping")
    @Operation(summary = "A constant answer, for health checks of the API path and benchmarks")
    PingResponse ping() {
        return OK;
    }
}
