package org.gongkai.lint.rule;

import java.util.Set;

/** What a content rule reads: a rule whose inputs have not changed since the last build finds what it found then. */
public interface Needs {

    Set<RuleInput> needs();
}
