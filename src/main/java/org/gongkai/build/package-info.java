/**
 * The pipeline in one method: load → model → render → publish. {@link org.gongkai.build.SiteBuild#run} is the
 * table of contents of a build; check, serve and the CLI call it and never re-implement a stage.
 */
package org.gongkai.build;
