package org.rapport.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits of imports: what a ZIP may hold (against zip bombs). The upload size is spring.servlet.multipart.max-file-size. */
@Component
public class ImportSettings {
    private final ZipLimits zipLimits;

    ImportSettings(
            @Value("${rapport.imports.zip.max-entries:10000}") int maxEntries,
            @Value("${rapport.imports.zip.max-uncompressed-bytes:536870912}") long maxBytes,
            @Value("${rapport.imports.zip.max-ratio:200}") int maxRatio) {
        this.zipLimits = new ZipLimits(maxEntries, maxBytes, maxRatio);
    }

    public ZipLimits zipLimits() {
        return zipLimits;
    }
}
