using System.CommandLine;
using System.Net;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Web;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap serve [--urls URL] [--allow-anonymous-read] [--settings FILE] [--basemap KIND]…</c>: runs the web viewer
/// on the store until Ctrl+C. Loopback only unless --urls names another address; every page needs a login unless
/// --allow-anonymous-read; no basemap (and so no external request) unless one is configured.
/// </summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new ServeOptions();
        var command = new Command("serve", "Run the web viewer (map, project facts, OGC API – Features at /ogc) on the store until Ctrl+C");
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var db = parse.GetValue(context.DbOption)!;
            var viewer = options.Read(parse, db); // option errors before the store is opened
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            viewer = await options.CompleteAsync(viewer, parse, store, string.Empty, string.Empty, ct).ConfigureAwait(false);
            return await ServeAsync(context, store, viewer, ct).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Runs the viewer on an open store until <paramref name="cancellationToken"/> is cancelled (Ctrl+C); returns the exit code.</summary>
    public static async Task<int> ServeAsync(CliContext context, IProjectMapStore store, ViewerOptions viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(viewer);
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ViewerServer.Build(store, viewer);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message, e);
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on {string.Join(", ", viewer.Urls)}: {e.Message}", e);
            }

            if ((await store.Users.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0 && !viewer.AllowAnonymousRead)
            {
                await context.Error.WriteLineAsync("warning: the store has no users yet; add one with 'projectmap user add NAME --role admin'").ConfigureAwait(false);
            }

            if (viewer.PhotoFilesRoot is null)
            {
                await context.Error.WriteLineAsync("warning: no photo folder (--files DIR): photo footprints are shown, but originals cannot be opened and uploads are refused").ConfigureAwait(false);
            }

            if (viewer.TilesRoot is { } tiles && new ProjectMap.Tiles.Catalog.TilePyramidCatalog(tiles).List().Count == 0)
            {
                await context.Error.WriteLineAsync($"note: no imagery tiles in {tiles}: the month slider shows photo footprints only (build them with 'projectmap tiles build --out {tiles}')").ConfigureAwait(false);
            }

            foreach (var url in app.Urls)
            {
                if (!IsLoopback(url))
                {
                    await context.Error.WriteLineAsync($"warning: {url} is reachable from the network, over plain HTTP unless a proxy adds TLS").ConfigureAwait(false);
                }
            }

            await context.Out.WriteLineAsync($"ProjectMap viewer on {string.Join(", ", app.Urls.Select(u => u + "/"))} (store {store.Location}); OGC API at {app.Urls.First()}/ogc; Ctrl+C to stop").ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync("viewer stopped").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
