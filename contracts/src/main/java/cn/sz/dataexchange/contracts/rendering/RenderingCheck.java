package cn.sz.dataexchange.contracts.rendering;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a rendering is the one this contract produces: it must show the contract's digest,
 * and be exactly the rendering in its language (line endings and trailing spaces aside).
 */
public final class RenderingCheck {

    private static final Pattern DIGEST_LINE = Pattern.compile("(?m)^(?:摘要 SHA-256：|Digest SHA-256: )([0-9a-f]{64})\\s*$");

    private RenderingCheck() {
    }

    public static RenderingVerdict check(String rendering, CanonicalContract contract) {
        String text = normalise(rendering);
        Matcher matcher = DIGEST_LINE.matcher(text);
        if (!matcher.find()) {
            return new RenderingVerdict.DigestMissing();
        }
        String shown = matcher.group(1);
        if (!shown.equals(contract.digest().hex())) {
            return new RenderingVerdict.DigestMismatch(shown, contract.digest().hex());
        }
        Language language = text.startsWith("# 数据交易合同") ? Language.ZH : Language.EN;
        String expected = normalise(ContractRendering.render(contract, language));
        return firstDifferentLine(text, expected)
                .<RenderingVerdict>map(line -> new RenderingVerdict.TextAltered(language, line))
                .orElse(new RenderingVerdict.Matches(language));
    }

    private static Optional<Integer> firstDifferentLine(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            if (i >= a.length || i >= e.length || !a[i].equals(e[i])) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+(?=\n|$)", "").strip();
    }
}
