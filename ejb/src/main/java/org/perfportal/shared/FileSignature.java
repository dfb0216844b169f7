package org.perfportal.shared;

/**
 * The magic bytes a file format starts with (文件签名): how an upload proves it is what its
 * declared media type says, whatever its name.
 */
public final class FileSignature {

    private FileSignature() {
    }

    /** Whether {@code content} begins with {@code signature} (each an unsigned byte value). */
    public static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
