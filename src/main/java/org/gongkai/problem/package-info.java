/**
 * Problems in the input, each with its source position and a hint: {@link org.gongkai.problem.Problem},
 * collected by {@link org.gongkai.problem.Problems} and thrown together as {@link org.gongkai.problem.BuildFailedException}.
 */
package org.gongkai.problem;
