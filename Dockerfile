# syntax=docker/dockerfile:1
# PublicSite: build on the .NET 10 SDK image, run on the ASP.NET Core runtime image as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PublicSite.Cms/PublicSite.Cms.csproj src/PublicSite.Cms/
COPY src/PublicSite.Search/PublicSite.Search.csproj src/PublicSite.Search/
COPY src/PublicSite.Web/PublicSite.Web.csproj src/PublicSite.Web/
RUN dotnet restore src/PublicSite.Web/PublicSite.Web.csproj
COPY src/ src/
COPY themes/ themes/
COPY content-seed/ content-seed/
RUN dotnet publish src/PublicSite.Web/PublicSite.Web.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Database, media and search index live in one volume; the seed content and theme travel in /app.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Site__DataDirectory=/data
# Reply letters to requests for information are PDFs drawn by SkiaSharp (native, needs fontconfig) with a CJK font.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data && chown "$APP_UID" /data
COPY --from=build /app ./
USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "PublicSite.Web.dll"]
