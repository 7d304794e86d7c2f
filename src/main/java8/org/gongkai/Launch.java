package org.gongkai;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's Main-Class, compiled for Java 8 (a separate compiler execution, {@code --release 8}) so that an old
 * Java on an office PC can load it: there it prints one sentence saying which Java is needed instead of
 * {@code UnsupportedClassVersionError}; on Java 17 or newer it hands over to {@code org.gongkai.cli.Main}.
 * Nothing else may live here: every class it touches must load on Java 8.
 */
public final class Launch {

    /** The oldest Java the tool runs on (maven.compiler.release in pom.xml). */
    static final int REQUIRED = 17;

    static final String NEEDS_JAVA_17 =
            "请安装 Java 17 或更高版本（例如 https://adoptium.net/zh-CN/ 的 Temurin 17），然后重新运行。";

    /** Exit code of the tool's internal errors (cli.ExitCodes.INTERNAL): the runtime, not the input, is at fault. */
    static final int EXIT_OLD_JAVA = 3;

    private Launch() {
    }

    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version");
        if (!isSupported(version)) {
            System.err.println(message(System.getProperty("java.version")));
            System.exit(EXIT_OLD_JAVA);
        }
        // A method handle, not reflection: whatever Main throws reaches the JVM unwrapped, as if it were the Main-Class.
        MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName("org.gongkai.cli.Main"), "main",
                MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    /** "1.8" (Java 8 and older), "11", "17", "21" …; a value that cannot be read is let through to Main. */
    static boolean isSupported(String specificationVersion) {
        int major = major(specificationVersion);
        return major < 0 || major >= REQUIRED;
    }

    /** The feature number of "1.8", "11", "17.0.15", "21-ea"; -1 when there is none. */
    static int major(String version) {
        if (version == null) {
            return -1;
        }
        String v = version.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 9) {
            return -1;
        }
        return Integer.parseInt(v.substring(0, end));
    }

    static String message(String javaVersion) {
        return javaVersion == null ? NEEDS_JAVA_17 : "这台电脑上的 Java 是 " + javaVersion + "；" + NEEDS_JAVA_17;
    }
}
