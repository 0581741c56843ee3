using System.CommandLine;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>What every command shares: the output writers, the global <c>--db</c> option, store opening and error reporting.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input (for <c>--password-stdin</c>); the console's unless a caller gives another.</summary>
    public TextReader In { get; init; } = Console.In;

    /// <summary>The global <c>--db</c> option: a GeoPackage path (default ./projectmap.gpkg) or a postgresql:// URL.</summary>
    public Option<string> DbOption { get; } = new("--db")
    {
        Description = "The store: a GeoPackage file path (default ./projectmap.gpkg) or postgresql://user@host:port/db",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PROJECTMAP_DB") is { Length: > 0 } env ? env : "projectmap.gpkg",
    };

    /// <summary>Opens the store the command line names, creating a GeoPackage file only when <paramref name="create"/> is true.</summary>
    public Task<IProjectMapStore> OpenStoreAsync(ParseResult parse, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return StoreOpener.OpenAsync(parse.GetValue(DbOption)!, create, cancellationToken);
    }

    /// <summary>Runs a command body and turns expected failures into one line on stderr and exit code 1.</summary>
    public async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await Error.WriteLineAsync($"projectmap: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (Exception e) when (e is ImportException or StoreException or UnsupportedCrsException or FormatException or IOException or UnauthorizedAccessException
                                     or LedgerRuleException or Application.Users.UserRuleException or LedgerImportException or InvalidDataException)
        {
            await Error.WriteLineAsync($"projectmap: {OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await Error.WriteLineAsync("projectmap: cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            await Error.WriteLineAsync($"projectmap: internal error ({e.GetType().Name}): {OneLine(e.Message)}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("PROJECTMAP_DEBUG") == "1")
            {
                await Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>Writes a value as JSON followed by a newline.</summary>
    public Task WriteJsonAsync<T>(T value) => Out.WriteLineAsync(Json.Serialize(value));

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
