package org.filo.output;

/**
 * Converts UTF-16 indices (Java's) into Unicode code point indices (the records' offsets). For text
 * without surrogate pairs, the usual case, both are the same and no table is built.
 */
final class CodePointIndex {
    private final int[] codePointAt;

    CodePointIndex(String text) {
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                table = buildTable(text);
                break;
            }
        }
        this.codePointAt = table;
    }

    private static int[] buildTable(String text) {
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                table[i] = cp - 1;
            }
        }
        table[text.length()] = cp;
        return table;
    }

    int of(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
