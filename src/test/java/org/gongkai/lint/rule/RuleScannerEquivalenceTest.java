package org.gongkai.lint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.LintText;
import org.gongkai.lint.text.ScannerEquivalenceTest;

/**
 * The rules' own shortcuts (the missing-number slots, the year rule's clause words) find exactly what their
 * expressions find when tried everywhere; the text scanners' shortcuts are held by {@link ScannerEquivalenceTest}.
 */
class RuleScannerEquivalenceTest {

    @Test
    void slotsWithAFollowingCharacterFindWhatTheExpressionFindsEverywhere() {
        String alphabet = "共计达到有多余人次名个所项篇份亩平方米万学生教师招聘园大中小幼论文发放，。；、,;:：）)到上在参\n 1二";
        List<String> texts = new ArrayList<>(List.of("共计人，达到人次。学生有人到校，共有所大学", "发放份\n论文篇", "共亩"));
        texts.addAll(ScannerEquivalenceTest.randomTexts(new Random(11), alphabet, 3000, 40));
        long filtered = MissingNumberRule.SLOTS.stream().filter(slot -> slot.followedBy() != null).count();
        assertThat(filtered).isGreaterThan(20);
        for (String text : texts) {
            LintText lint = new LintText("f.md", text, text, 1);
            for (Anchored slot : MissingNumberRule.SLOTS) {
                List<String> fast = new ArrayList<>();
                slot.forEach(lint, text, m -> fast.add(m.start() + "-" + m.end()));
                List<String> everywhere = new ArrayList<>();
                slot.everywhere().forEach(lint, text, m -> everywhere.add(m.start() + "-" + m.end()));
                assertThat(fast).as(slot.pattern() + " in " + text).isEqualTo(everywhere);
            }
        }
    }

    /**
     * Each slot on random texts made of the words its expression names (共计, 招聘, 去年 …) and their characters
     * around its anchor, with figures and punctuation: the characters before and after the anchor are then often
     * ones the expression asks for, so a wrong {@code precededBy} or {@code followedBy} shows.
     */
    @Test
    void slotsFindWhatTheExpressionFindsEverywhereAroundTheirAnchors() {
        List<Anchored> slots = new ArrayList<>(MissingNumberRule.SLOTS);
        assertThat(slots.stream().filter(slot -> slot.precededBy() != null).count()).isGreaterThan(30);
        Random random = new Random(13);
        for (Anchored slot : slots) {
            java.util.Set<String> tokens = new java.util.LinkedHashSet<>(List.of(" ", "\t", "\n", "1", "二", "多", "余", "，"));
            for (String word : slot.pattern().pattern().split("[\\x00-\\x7F]+")) {
                tokens.add(word);
                word.codePoints().forEach(cp -> tokens.add(Character.toString(cp)));
            }
            tokens.remove("");
            List<String> pool = new ArrayList<>(tokens);
            for (int n = 0; n < 3000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(3); i > 0; i--) {
                    text.append(pool.get(random.nextInt(pool.size())));
                }
                text.append(slot.anchor());
                for (int i = random.nextInt(3); i > 0; i--) {
                    text.append(pool.get(random.nextInt(pool.size())));
                }
                String t = text.toString();
                LintText lint = new LintText("f.md", t, t, 1);
                List<String> fast = new ArrayList<>();
                slot.forEach(lint, t, m -> fast.add(m.start() + "-" + m.end()));
                List<String> everywhere = new ArrayList<>();
                slot.everywhere().forEach(lint, t, m -> everywhere.add(m.start() + "-" + m.end()));
                assertThat(fast).as(slot.pattern() + " in " + t).isEqualTo(everywhere);
            }
        }
    }

    /** The words before a year that make it a comparison or a starting point, and the words of plans. */
    @Test
    void yearClausesAreReadAsTheExpressionsReadThem() {
        List<String> texts = new ArrayList<>(List.of("比 ", "相比\u2028", "截至\r\n", "以来 \u2028 ", "早 在", "于\u0085", "至"));
        texts.addAll(ScannerEquivalenceTest.randomTexts(new Random(17), "比较从自与同相截至止早在以来于 \t\r\n\u000B\f\u0085\u2028\u3000年1，", 20000, 8));
        texts.addAll(ScannerEquivalenceTest.randomTexts(new Random(19), "计划将力争预目标规打算要点明年下一步届时争取拟底前，。1", 3000, 20));
        int found = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            boolean comparison = YearMismatchRule.COMPARISON_BEFORE.matcher(text).find();
            assertThat(YearMismatchRule.endsWithComparison(chars, 0, chars.length)).as(text).isEqualTo(comparison);
            found += comparison ? 1 : 0;
            assertThat(YearMismatchRule.PLAN_WORDS.indexIn(text, chars, 0, chars.length) >= 0).as(text)
                    .isEqualTo(YearMismatchRule.PLAN.matcher(text).find());
        }
        assertThat(found).isGreaterThan(2000);
    }
}
