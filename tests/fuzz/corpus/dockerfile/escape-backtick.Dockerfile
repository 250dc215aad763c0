# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command `
    Invoke-WebRequest https://example.com/x.exe -OutFile x.exe ; `
    Start-Process x.exe
LABEL a="b c" d=e\ f
EXPOSE 80/tcp 443
VOLUME ["/data"]
WORKDIR C:\\app
STOPSIGNAL SIGTERM
MAINTAINER someone
