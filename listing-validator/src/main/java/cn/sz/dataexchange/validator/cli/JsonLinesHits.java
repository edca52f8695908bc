package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.facts.IdentifierScan;
import cn.sz.dataexchange.validator.identifiers.IdentifierKind;

import java.io.PrintStream;

/** Writes scan hits as {@code {"line":N,"column":"...","kind":"...","masked":"..."}} lines. */
final class JsonLinesHits implements IdentifierScan.Hits {

    private final PrintStream out;
    private final StringBuilder line = new StringBuilder(128);

    JsonLinesHits(PrintStream out) {
        this.out = out;
    }

    @Override
    public void found(long lineNumber, String column, IdentifierKind kind, String masked) {
        line.setLength(0);
        line.append("{\"line\":").append(lineNumber).append(",\"column\":");
        quote(column);
        line.append(",\"kind\":\"").append(kind.name()).append("\",\"masked\":");
        quote(masked);
        line.append('}');
        out.println(line);
    }

    private void quote(String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
