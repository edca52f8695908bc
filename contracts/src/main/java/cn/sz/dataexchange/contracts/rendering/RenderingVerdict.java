package cn.sz.dataexchange.contracts.rendering;

/** Whether a rendering belongs to a contract, and if not, how it differs. */
public sealed interface RenderingVerdict {

    record Matches(Language language) implements RenderingVerdict {
    }

    /** The text shows no digest line at all. */
    record DigestMissing() implements RenderingVerdict {
    }

    /** The text shows another contract's digest. */
    record DigestMismatch(String shown, String expected) implements RenderingVerdict {
    }

    /** The digest is right but the text was changed; {@code line} is the first differing line (1-based). */
    record TextAltered(Language language, int line) implements RenderingVerdict {
    }

    default boolean matches() {
        return this instanceof Matches;
    }
}
