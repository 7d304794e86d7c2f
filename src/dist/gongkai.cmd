@echo off
rem Gongkai, the download (target\gongkai-<version>.zip, made by mvn package from src\dist and src\assembly):
rem runs gongkai.jar with its lib\ on a Java 17 or newer runtime, nothing to compile and no Maven.
rem (The repository's own gongkai.cmd compiles the tool first; this one is for office PCs.)
rem The runtime: runtime\ beside this file (the self-contained image), else %JAVA_HOME%, else java on the PATH.
rem This file stays ASCII outside :say - cmd reads each line in the console's code page (936 on a Chinese PC),
rem so the Chinese sentences are read only after :say switches the console to UTF-8 (65001).
rem No path variable inside ( ) blocks: a folder such as "New folder (2)" would close the block.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%gongkai.jar"
set "JAVA="
if exist "%HERE%runtime\bin\java.exe" set "JAVA=%HERE%runtime\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" set "JAVA=%%~$PATH:j"
if not defined JAVA goto nojava

rem The version from java -version ("1.8.0_392", "11.0.2", "17.0.15", "21"): the word after "version" on its line.
rem If it cannot be read, the jar's Main-Class (org.gongkai.Launch, built for Java 8) checks it again.
set "JV="
set "JVFILE=%TEMP%\gongkai-java-version-%RANDOM%.txt"
"%JAVA%" -version 2>"%JVFILE%"
for /f "usebackq tokens=2,3" %%a in ("%JVFILE%") do if /i "%%a"=="version" if not defined JV set "JV=%%~b"
del "%JVFILE%" 2>nul
set "JM="
if defined JV for /f "tokens=1,2 delims=.-_+" %%a in ("%JV%") do if "%%a"=="1" (set "JM=%%b") else (set "JM=%%a")
if defined JM if %JM% LSS 17 goto oldjava

rem The JVM flags and the class-data-sharing archive: see the comments of the gongkai shell script beside this.
set "FLAGS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms128m -Xmx2g -Xss4m -Dfile.encoding=UTF-8"
if not defined JV goto run
set "CDS=%HERE%lib\gongkai-java-%JV%.jsa"
if exist "%CDS%" goto cds
if not exist "%HERE%content\site.yaml" goto run
set "PROBE=%HERE%lib\.gongkai-write-test"
type nul >"%PROBE%" 2>nul
if not exist "%PROBE%" goto run
del "%PROBE%"
del /q "%HERE%lib\gongkai-java-*.jsa" 2>nul
set "CDSOUT=%TEMP%\gongkai-cds-%RANDOM%"
"%JAVA%" %FLAGS% -XX:ArchiveClassesAtExit="%CDS%.tmp" -Xlog:disable -jar "%JAR%" build --quiet --source "%HERE%." --out "%CDSOUT%\site" >nul 2>&1
if not errorlevel 1 if exist "%CDS%.tmp" move /y "%CDS%.tmp" "%CDS%" >nul
if exist "%CDS%.tmp" del "%CDS%.tmp"
if exist "%CDSOUT%" rmdir /s /q "%CDSOUT%"
if not exist "%CDS%" goto run
:cds
set FLAGS=%FLAGS% "-XX:SharedArchiveFile=%CDS%" -Xlog:disable -Xlog:all=error:stderr
:run
"%JAVA%" %FLAGS% %GONGKAI_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:nojava
call :say nojava
exit /b 3
:oldjava
call :say oldjava
exit /b 3

:say
set "CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CP=%%c"
chcp 65001 >nul
if "%1"=="nojava" 1>&2 echo 这台电脑上没有找到 Java；请安装 Java 17 或更高版本（例如 https://adoptium.net/zh-CN/ 的 Temurin 17），然后重新运行。
if "%1"=="oldjava" 1>&2 echo 这台电脑上的 Java 是 %JV%；请安装 Java 17 或更高版本（例如 https://adoptium.net/zh-CN/ 的 Temurin 17），然后重新运行。
if defined CP chcp %CP% >nul
exit /b 0
