package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The preview's reload script and problems box are inline: while serving, the page's Content-Security-Policy lets
 * exactly them run by a nonce new for each answer, and nothing else inline.
 */
class PreviewPolicyTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;self&#39;; "
            + "style-src &#39;self&#39;; img-src &#39;self&#39;; object-src &#39;none&#39;\">\n</head><body><p>正文</p></body></html>\n";

    @Test
    void theSnippetRunsByItsNonceAndNothingElseIsAllowed() {
        List<Problem> problems = List.of(Problem.error(SourcePosition.of("content/reports/a.md"),
                Text.of("serve.duplicateSlug", "a", "content/reports/2011/a.md", "content/reports/a.md"),
                Text.of("serve.duplicateSlug.hint")));
        String nonce = PreviewMarkup.nonce(new SecureRandom());
        byte[] served = PreviewMarkup.inject(PAGE.getBytes(StandardCharsets.UTF_8),
                PreviewMarkup.snippet(7, problems, Language.ZH, nonce), nonce);
        Document page = Jsoup.parse(new String(served, StandardCharsets.UTF_8));

        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).isEqualTo(
                "default-src 'none'; script-src 'nonce-" + nonce + "' 'self'; style-src 'nonce-" + nonce
                        + "' 'self'; img-src 'self'; object-src 'none'");
        assertThat(page.select("script").eachAttr("nonce")).containsExactly(nonce);
        assertThat(page.select("style").eachAttr("nonce")).containsExactly(nonce);
        assertThat(page.select("[onclick]")).isEmpty();
        assertThat(page.selectFirst("#gongkai-problems button").text()).isEqualTo("关闭");
    }

    @Test
    void everyAnswerHasANewNonce() {
        SecureRandom random = new SecureRandom();
        assertThat(PreviewMarkup.nonce(random)).isNotEqualTo(PreviewMarkup.nonce(random)).hasSize(24);
    }
}
