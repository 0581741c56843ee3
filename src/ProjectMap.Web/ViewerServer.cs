using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Users;
using ProjectMap.Web.Api;
using ProjectMap.Web.Basemaps;
using ProjectMap.Web.Frontend;
using ProjectMap.Web.Ledger;
using ProjectMap.Web.Photos;
using ProjectMap.Web.Uploads;
using ProjectMap.Web.Ogc;
using ProjectMap.Web.Security;

namespace ProjectMap.Web;

/// <summary>
/// Builds the viewer's web application (Kestrel) over an open store: pages, JSON API (projects, ledger status and
/// milestones, photos, resumable uploads), OGC API – Features, cookie login with antiforgery, HTTP Basic for GIS clients
/// (reads only). The caller (the CLI's <c>serve</c>) opens the store with
/// the same opener as every other command and keeps it open while the server runs.
/// </summary>
public static class ViewerServer
{
    /// <summary>
    /// Creates the application; throws <see cref="ArgumentException"/> for a bad basemap configuration. Call
    /// <c>StartAsync</c>/<c>RunAsync</c> on the result; its <c>Urls</c> hold the bound addresses once started.
    /// </summary>
    public static WebApplication Build(IProjectMapStore store, ViewerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        BasemapCatalog.Validate(options.Basemaps, options.DefaultBasemap);
        options.Uploads.Validate();
        var basemaps = options.Basemaps.Select(BasemapCatalog.ToClient).ToList();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ViewerServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
            Args = [],
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }
        else
        {
            logging(builder.Logging);
        }

        var services = builder.Services;
        services.AddSingleton(store);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PasswordHasher(options.PasswordIterations));
        services.AddSingleton<UserService>();
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<Auditor>();
        services.AddSingleton<WriteGuard>();
        var bundle = new FrontendBundle();
        services.AddSingleton(bundle);
        services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            j.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });

        var dataProtection = services.AddDataProtection().SetApplicationName("ProjectMap");
        if (options.KeysDirectory is { } keys)
        {
            dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(keys));
        }

        services.AddAntiforgery(a =>
        {
            a.HeaderName = AntiforgeryGuard.HeaderName;
            a.Cookie.Name = "projectmap.antiforgery";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthentication(SchemeNames.Selector)
            .AddPolicyScheme(SchemeNames.Selector, "Cookie or Basic", p => p.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? SchemeNames.Basic : SchemeNames.Cookie)
            .AddCookie(SchemeNames.Cookie, c =>
            {
                c.Cookie.Name = "projectmap.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Strict;
                c.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                c.LoginPath = "/login";
                c.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
                c.SlidingExpiration = true;
                c.Events = CookieEvents.Create();
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(SchemeNames.Basic, null);
        services.AddAuthorization(a =>
        {
            if (!options.AllowAnonymousRead)
            {
                a.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>((IReadOnlyList<string>)BasemapCatalog.Origins(basemaps));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = bundle,
            RequestPath = string.Empty,
            OnPrepareResponse = r =>
            {
                if (r.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                {
                    r.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.UseAuthentication();
        app.UseMiddleware<AntiforgeryGuard>();
        app.UseAuthorization();

        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
        PageEndpoints.Map(app, bundle);
        SessionEndpoints.Map(app, options);
        ConfigEndpoints.Map(app, options, basemaps);
        ProjectEndpoints.Map(app);
        LedgerEndpoints.Map(app);
        PhotoEndpoints.Map(app, options);
        UploadEndpoints.Map(app, options);
        Pyramids.TileEndpoints.Map(app, options);
        Reports.ReportEndpoints.Map(app, options);
        UserEndpoints.Map(app);
        AuditEndpoints.Map(app);
        OgcEndpoints.Map(app);
        return app;
    }
}
