package cn.sz.dataexchange.contracts.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.drafting.ContractDrafting;
import cn.sz.dataexchange.contracts.drafting.DraftResult;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContractRenderingTest {

    private final CanonicalContract contract = Fixtures.canonicalContract();

    @Test
    void renders_chinese_text_that_shows_the_digest_and_the_terms() {
        String zh = ContractRendering.render(contract, Language.ZH);

        assertThat(zh).startsWith("# 数据交易合同").contains("摘要 SHA-256：" + contract.digest().hex())
                .contains("人民币 12,500.00 元（1250000 分）", "第八十一条", "买方不得向中华人民共和国境外提供数据",
                        "未经卖方许可，买方不得转售", Fixtures.SELLER.creditCode())
                .doesNotContain("{{");
    }

    @Test
    void renders_english_text_that_shows_the_digest_and_the_terms() {
        String en = ContractRendering.render(contract, Language.EN);

        assertThat(en).startsWith("# Data Trade Contract").contains("Digest SHA-256: " + contract.digest().hex())
                .contains("CNY 12,500.00", "Art. 81", "submitted to arbitration", "mainland China (CN)")
                .doesNotContain("{{");
    }

    @Test
    void accepts_its_own_rendering_in_either_language_even_with_windows_line_endings() {
        assertThat(RenderingCheck.check(ContractRendering.render(contract, Language.ZH), contract))
                .isEqualTo(new RenderingVerdict.Matches(Language.ZH));
        assertThat(RenderingCheck.check(ContractRendering.render(contract, Language.EN).replace("\n", "\r\n"), contract))
                .isEqualTo(new RenderingVerdict.Matches(Language.EN));
    }

    @Test
    void reports_the_line_where_a_rendering_was_altered() {
        String altered = ContractRendering.render(contract, Language.EN).replace("CNY 12,500.00", "CNY 1,250.00");

        assertThat(RenderingCheck.check(altered, contract)).isInstanceOf(RenderingVerdict.TextAltered.class);
    }

    @Test
    void refuses_the_rendering_of_another_contract() {
        Clock later = Clock.offset(Fixtures.CLOCK, java.time.Duration.ofDays(1));
        var other = CanonicalContract.of(((DraftResult.Drafted) new ContractDrafting(later).draft(Fixtures.request())).contract());

        assertThat(RenderingCheck.check(ContractRendering.render(other, Language.ZH), contract))
                .isInstanceOf(RenderingVerdict.DigestMismatch.class);
        assertThat(RenderingCheck.check("no digest here", contract)).isInstanceOf(RenderingVerdict.DigestMissing.class);
    }
}
