using System.CommandLine;
using ProjectMap.Cli.Commands;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli;

/// <summary>The <c>projectmap</c> command line: builds the command tree and runs one invocation.</summary>
public static class CliApp
{
    /// <summary>Runs the command line with the given arguments and writers; returns the process exit code (0 success, 1 failure, 2 usage).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    /// <summary>Runs the command line with the given arguments, standard input and writers; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(output, error) { In = input };
        var root = new RootCommand(
            "ProjectMap: district key projects (重点项目) on a map: parcels, milestones, investment and georeferenced drone photos.");
        root.Options.Add(context.DbOption);
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                await error.WriteLineAsync($"projectmap: {e.Message} (see 'projectmap {string.Join(' ', CommandPath(parsed))} --help')").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (c.Command is not RootCommand)
            {
                names.Insert(0, c.Command.Name);
            }
        }

        return names;
    }
}
