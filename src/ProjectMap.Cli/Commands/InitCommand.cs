using System.CommandLine;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap init [--files DIR]</c>: creates the store (or brings an existing one's schema up to date) and records where photo originals are kept.</summary>
public static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var files = new Option<string?>("--files")
        {
            Description = "Record this folder (created if missing) as the store's folder of photo originals, for every process and server using the store; " +
                          "on shared storage give the path every server mounts it at",
        };
        var command = new Command("init", "Create the store given by --db, or migrate an existing one to the current schema") { files, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            if (parse.GetValue(files) is { Length: > 0 } folder)
            {
                var root = Path.GetFullPath(folder);
                Directory.CreateDirectory(root);
                _ = new PhotoFileStore(root);
                await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, root, ct).ConfigureAwait(false);
            }

            PhotoFilesLocation? location;
            try
            {
                location = await PhotoStoreCommands.ResolveFilesAsync(store, null, ct).ConfigureAwait(false);
            }
            catch (StoreException)
            {
                location = null;
            }

            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    location = store.Location,
                    schemaVersion = store.SchemaVersion,
                    photoFiles = location is null ? null : new { root = location.Root, source = PhotoStoreCommands.SourceName(location.Source) },
                }).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"store ready: {store.Location} (schema version {store.SchemaVersion})").ConfigureAwait(false);
                await context.Out.WriteLineAsync(location is null
                    ? "photo originals: no folder configured; record one with --files DIR (a folder every server reaches) before ingesting photos"
                    : $"photo originals: {location.Root} ({PhotoStoreCommands.SourceName(location.Source)})").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
