package dev.skillfleet.desktop.core.editor;

/** The three line-break styles a text file uses: Unix LF, Windows CRLF, classic Mac CR. */
public enum LineEnding {

    LF("\n", "LF"),
    CRLF("\r\n", "CRLF"),
    CR("\r", "CR");

    private final String separator;
    private final String label;

    LineEnding(String separator, String label) {
        this.separator = separator;
        this.label = label;
    }

    public String separator() {
        return separator;
    }

    public String label() {
        return label;
    }

    /** The editor's form of any text: every CRLF and lone CR becomes LF. */
    public static String toEditor(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The editor's text (line breaks of any style, normally LF) with every line break in this style. */
    public String fromEditor(String text) {
        String lf = toEditor(text);
        return this == LF ? lf : lf.replace("\n", separator);
    }

    /** How often each style occurs in a text, and which came first. */
    record Count(int lf, int crlf, int cr, LineEnding first) {

        static Count of(String text) {
            int lf = 0;
            int crlf = 0;
            int cr = 0;
            LineEnding first = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                LineEnding seen = null;
                if (c == '\r') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        crlf++;
                        i++;
                        seen = CRLF;
                    } else {
                        cr++;
                        seen = CR;
                    }
                } else if (c == '\n') {
                    lf++;
                    seen = LF;
                }
                if (first == null) {
                    first = seen;
                }
            }
            return new Count(lf, crlf, cr, first);
        }

        /** Whether more than one style occurs. */
        boolean mixed() {
            return (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1;
        }

        /**
         * The style most lines use; on a tie, the style of the first line break; LF for a text without any (a one-line
         * file gets the convention of skills, which are written on every OS with LF).
         */
        LineEnding majority() {
            if (first == null) {
                return LF;
            }
            int best = Math.max(lf, Math.max(crlf, cr));
            if (count(first) == best) {
                return first;
            }
            return lf == best ? LF : crlf == best ? CRLF : CR;
        }

        private int count(LineEnding ending) {
            return switch (ending) {
                case LF -> lf;
                case CRLF -> crlf;
                case CR -> cr;
            };
        }
    }
}
