package org.gongkai.importer;

import java.time.LocalDate;
import java.util.Optional;

/** Front matter values for tests that look only at the body. */
final class Inferences {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

    private Inferences() {
    }

    static Inference.Given given() {
        return new Inference.Given(Optional.empty(), Optional.empty(), "宿松县教育局", TODAY, "粘贴");
    }

    static Inference sample() {
        return Inference.of(new Draft("宿松县教育局2011年工作总结", Optional.empty(), Optional.empty(), java.util.List.of()), given());
    }
}
