package org.gongkai.importer;

/** One report as it will be written: what was read, the inferred front matter and the file's text. */
record Imported(Draft draft, Inference inference, String text) {
}
