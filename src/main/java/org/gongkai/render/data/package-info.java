/**
 * Render stage for the data tables: 收费公示 ({@code fees/}), 项目建设 ({@code projects/}), 学生资助
 * ({@code aid/}) and 年度汇总 ({@code years/}), with build-time SVG bar charts and CSV/.xlsx downloads of every
 * table, byte-identical from build to build. Entry point: {@link org.gongkai.render.data.DataPages}.
 */
package org.gongkai.render.data;
