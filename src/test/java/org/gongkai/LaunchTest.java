package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java-8 Main-Class lets Java 17 and newer through and stops older ones with one sentence. */
class LaunchTest {

    @Test
    void readsTheFeatureNumberOfEveryVersionStyle() {
        assertThat(Launch.major("1.8")).isEqualTo(8);
        assertThat(Launch.major("1.8.0_392")).isEqualTo(8);
        assertThat(Launch.major("11")).isEqualTo(11);
        assertThat(Launch.major("11.0.2")).isEqualTo(11);
        assertThat(Launch.major("17.0.15")).isEqualTo(17);
        assertThat(Launch.major("21")).isEqualTo(21);
        assertThat(Launch.major("25-ea")).isEqualTo(25);
        assertThat(Launch.major("")).isEqualTo(-1);
        assertThat(Launch.major(null)).isEqualTo(-1);
    }

    @Test
    void java17AndNewerRunOlderOnesDoNot() {
        assertThat(Launch.isSupported("1.8")).isFalse();
        assertThat(Launch.isSupported("1.7")).isFalse();
        assertThat(Launch.isSupported("11")).isFalse();
        assertThat(Launch.isSupported("16")).isFalse();
        assertThat(Launch.isSupported("17")).isTrue();
        assertThat(Launch.isSupported("21")).isTrue();
        assertThat(Launch.isSupported("25")).isTrue();
        assertThat(Launch.isSupported(System.getProperty("java.specification.version"))).isTrue();
        assertThat(Launch.isSupported("unknown")).as("left to Main to run or fail").isTrue();
    }

    @Test
    void theSentenceNamesTheJavaFoundAndWhereToGetANewOne() {
        assertThat(Launch.message("1.8.0_392")).isEqualTo(
                "这台电脑上的 Java 是 1.8.0_392；请安装 Java 17 或更高版本（例如 https://adoptium.net/zh-CN/ 的 Temurin 17），然后重新运行。");
        assertThat(Launch.message(null)).startsWith("请安装 Java 17 或更高版本");
    }
}
