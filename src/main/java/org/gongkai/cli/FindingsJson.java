package org.gongkai.cli;

import org.gongkai.problem.Language;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;

/**
 * The JSON format of {@code gongkai check}: an array of {@code {file, line, column, severity, kind, message, hint}}
 * (plus {@code field} for a CSV column); {@code line} and {@code column} are 1-based, null when unknown. With
 * {@code --show-ignored} the suppressed findings follow, each with {@code "suppressed": true}; without it the array
 * is what it always was.
 */
final class FindingsJson {

    private FindingsJson() {
    }

    static String write(List<Finding> findings, List<Ignored> ignored, Language language) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Finding finding : findings) {
            add(array, finding, language);
        }
        for (Ignored hidden : ignored) {
            add(array, hidden.finding(), language).put("suppressed", true);
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode add(ArrayNode array, Finding finding, Language language) {
        ObjectNode node = array.addObject();
        node.put("file", finding.position().file());
        if (finding.position().line() > 0) {
            node.put("line", finding.position().line());
        } else {
            node.putNull("line");
        }
        if (finding.position().column() > 0) {
            node.put("column", finding.position().column());
        } else {
            node.putNull("column");
        }
        node.put("severity", finding.severity().label());
        node.put("kind", finding.kind());
        node.put("message", finding.problem().message(language));
        node.put("hint", finding.problem().hint(language));
        if (!finding.field().isEmpty()) {
            node.put("field", finding.field());
        }
        return node;
    }
}
