package org.rapport.imports;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file that can be read more than once (detection, then import) without holding it in memory. */
public interface Upload {
    String fileName();

    InputStream open() throws IOException;
}
