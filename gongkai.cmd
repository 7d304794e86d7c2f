@echo off
rem Gongkai launcher for Windows: compiles the tool with Maven when target\gongkai.jar is missing or older
rem than its sources, then runs it with the arguments given (gongkai build, gongkai --help).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\gongkai.jar"
set "CDS=%HERE%target\gongkai.jsa"
if not exist "%JAR%" goto compile
powershell -NoProfile -Command "$j=(Get-Item -LiteralPath %JAR%).LastWriteTime; $n=Get-ChildItem -Recurse -File -LiteralPath %HERE%src\main,%HERE%themes\default,%HERE%pom.xml | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto compile
goto cds
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
if exist "%CDS%" del "%CDS%"
:cds
rem Serial GC, C1 only and an explicit heap: see the comments in the gongkai shell launcher.
set "FLAGS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms128m -Xmx2g -Xss4m -Dfile.encoding=UTF-8"
if not exist "%CDS%" java %FLAGS% -XX:ArchiveClassesAtExit="%CDS%" -Xlog:disable -jar "%JAR%" build --quiet --source "%HERE%." --out "%TEMP%\gongkai-cds-site" >nul 2>&1
if exist "%TEMP%\gongkai-cds-site" rmdir /s /q "%TEMP%\gongkai-cds-site"
if exist "%CDS%" set "FLAGS=%FLAGS% -XX:SharedArchiveFile=%CDS% -Xlog:disable -Xlog:all=error:stderr"
java %FLAGS% %GONGKAI_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
