package org.gongkai.importer;

import java.util.List;
import java.util.Optional;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** A .docx document as one report. */
final class DocxImport {

    private DocxImport() {
    }

    static Optional<List<Draft>> read(byte[] bytes, String stem, String shown, Problems problems) {
        problems.add(Problem.error(SourcePosition.of(shown), Text.of("import.other", "docx"), Text.of("import.other.hint")));
        return Optional.empty();
    }
}
