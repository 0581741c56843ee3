using System.CommandLine;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap init</c>: creates the store (or brings an existing one's schema up to date).</summary>
public static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("init", "Create the store given by --db, or migrate an existing one to the current schema") { json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new { location = store.Location, schemaVersion = store.SchemaVersion }).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"store ready: {store.Location} (schema version {store.SchemaVersion})").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
