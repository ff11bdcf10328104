@rem scorebake's launcher for Windows: runs lib\scorebake.jar of this distribution in one JVM with
@rem a bounded heap (see bin/scorebake for why each option). Add or override options with
@rem SCOREBAKE_OPTS (after these, so -Xmx2g wins) or JAVA_OPTS; the Java used is
@rem %JAVA_HOME%\bin\java.exe, or java.exe on the PATH.
@echo off
setlocal

set "APP_HOME=%~dp0.."

if defined JAVA_HOME goto javaHome
set "JAVA_EXE=java.exe"
%JAVA_EXE% -version >NUL 2>&1
if %ERRORLEVEL% equ 0 goto run
echo scorebake: no java.exe on the PATH and no JAVA_HOME; install Java 17 or later 1>&2
exit /b 2

:javaHome
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo scorebake: JAVA_HOME is set to %JAVA_HOME%, which holds no bin\java.exe; set it to a Java 17 (or later) installation 1>&2
exit /b 2

:run
"%JAVA_EXE%" -Xmx768m -XX:+UseParallelGC -XX:MetaspaceSize=128m %JAVA_OPTS% %SCOREBAKE_OPTS% -jar "%APP_HOME%\lib\scorebake.jar" %*
exit /b %ERRORLEVEL%
