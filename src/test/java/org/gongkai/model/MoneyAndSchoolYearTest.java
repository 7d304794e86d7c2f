package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MoneyAndSchoolYearTest {

    @Test
    void wanYuanSumsAreExact() {
        WanYuan sum = Stream.of("588", "1313.93", "745.67", "331.71", "285").map(WanYuan::of)
                .reduce(WanYuan.ZERO, WanYuan::plus);
        assertThat(sum.plain()).isEqualTo("3264.31");
        assertThat(WanYuan.of("0.1").plus(WanYuan.of("0.2")).plain()).isEqualTo("0.3");
        assertThat(WanYuan.of("1749.375").plain()).isEqualTo("1749.375");
        assertThat(WanYuan.of("900").sameAmount(WanYuan.of("900.00"))).isTrue();
    }

    @Test
    void yuanHasExactlyTwoDecimals() {
        assertThat(Yuan.of("600").plain()).isEqualTo("600.00");
        assertThat(Yuan.of("240.000").plain()).isEqualTo("240.00");
        assertThatThrownBy(() -> Yuan.of("240.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schoolYearIsTwoConsecutiveYears() {
        assertThat(SchoolYear.parse("2011-2012")).contains(new SchoolYear(2011));
        assertThat(SchoolYear.parse("2011-2013")).isEmpty();
        assertThat(SchoolYear.parse("2011—2012")).isEmpty();
        assertThat(new SchoolYear(2012).previous()).hasToString("2011-2012");
        assertThat(new SchoolYear(2012).label()).isEqualTo("2012—2013学年");
    }
}
