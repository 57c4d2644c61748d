package org.rapport.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How an uploaded text file is encoded. A byte-order mark decides; otherwise the whole file is checked
 * as strict UTF-8 and, if any byte sequence is not UTF-8, read as windows-1252 (what desktop Outlook
 * writes). Deciding on the whole file, not a prefix, is what keeps a late "é" from turning into "Ã©".
 */
public final class TextFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFile() {}

    /** The charset and the length of the byte-order mark to skip. */
    public record Encoding(Charset charset, int bomLength) {}

    /** Reads the file once: refuses an empty or binary file (naming the line), else answers its encoding. */
    public static Encoding detect(Upload upload) throws IOException {
        try (InputStream in = upload.open()) {
            byte[] buffer = new byte[64 * 1024];
            int n = in.readNBytes(buffer, 0, 4);
            if (n >= 2 && (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE) {
                return new Encoding(StandardCharsets.UTF_16LE, 2);
            }
            if (n >= 2 && (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF) {
                return new Encoding(StandardCharsets.UTF_16BE, 2);
            }
            int bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            Utf8Check check = new Utf8Check();
            check.scan(buffer, bom, n);
            while ((n = in.read(buffer)) > 0) {
                check.scan(buffer, 0, n);
            }
            if (!check.sawText) {
                throw new ImportFailure(1, "the file is empty");
            }
            if (check.nulLine > 0) {
                throw new ImportFailure(
                        check.nulLine,
                        "binary content (a NUL byte): this is not a text file in any format Rapport reads");
            }
            return check.valid && !check.truncated()
                    ? new Encoding(StandardCharsets.UTF_8, bom)
                    : new Encoding(WINDOWS_1252, 0);
        }
    }

    /** The file's text, without its byte-order mark. */
    public static Reader open(Upload upload, Encoding encoding) throws IOException {
        InputStream in = upload.open();
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
    }

    /** A streaming strict UTF-8 validator that also finds NUL bytes and counts lines. */
    private static final class Utf8Check {
        boolean valid = true;
        boolean sawText;
        int nulLine;
        int line = 1;
        int pending;

        void scan(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '\n') {
                    line++;
                } else if (b == 0 && nulLine == 0) {
                    nulLine = line;
                } else if (!sawText && !Character.isWhitespace(b)) {
                    sawText = true;
                }
                if (!valid) {
                    continue;
                }
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        valid = false;
                    }
                    pending--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        valid = false;
                    }
                }
            }
        }

        boolean truncated() {
            return pending > 0;
        }
    }
}
