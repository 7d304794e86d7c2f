@echo off
rem Gongkai launcher for Windows: compiles the tool with Maven when target\gongkai.jar is missing or older
rem than its sources, then runs it with the arguments given (gongkai build, gongkai --help).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\gongkai.jar"
if not exist "%JAR%" goto compile
powershell -NoProfile -Command "$j=(Get-Item -LiteralPath %JAR%).LastWriteTime; $n=Get-ChildItem -Recurse -File -LiteralPath %HERE%src\main,%HERE%themes\default,%HERE%pom.xml | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto compile
goto run
:compile
echo gongkai: compiling the tool (mvn package)... 1>&2
pushd "%HERE%"
call mvn -B -q -Dstyle.color=never -DskipTests package 1>&2
if errorlevel 1 (
  popd
  echo gongkai: compiling failed; see the Maven output above 1>&2
  exit /b 3
)
popd
:run
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Dfile.encoding=UTF-8 %GONGKAI_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
