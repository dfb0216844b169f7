package org.perfportal.shared;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is stored and later downloaded under (文件名): a name, never a path.
 * Refused: blank, longer than {@value #MAX_LENGTH} characters, control characters (a NUL byte,
 * which PostgreSQL cannot store in text; CR/LF, which would split a header), path separators and
 * {@code ..} (a name that reads as {@code ../../etc/passwd} in a download or an export folder).
 * One rule for every upload, so the checks of photos, evidence and scan reports cannot drift apart.
 */
public final class FileName {

    public static final int MAX_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202E]");

    private FileName() {
    }

    /** The name stripped of surrounding blanks, or {@link InvalidFieldException} naming {@code field}. */
    public static String require(String name, String field, String what) {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "name the " + what + " (?" + field + "=…, at most " + MAX_LENGTH + " characters)");
        }
        if (CONTROL.matcher(name).find()) {
            throw new InvalidFieldException(field, "a file name has no control characters");
        }
        String stripped = name.strip();
        if (stripped.contains("/") || stripped.contains("\\") || stripped.contains("..")) {
            throw new InvalidFieldException(field, "a file name is a name, not a path: no /, \\ or ..");
        }
        return stripped;
    }
}
