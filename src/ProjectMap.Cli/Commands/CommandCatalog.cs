using System.CommandLine;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary>Every top-level command of <c>projectmap</c>, in the order <c>--help</c> lists them.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the top-level commands.</summary>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return InitCommand.Create(context);
        yield return ProjectCommands.Create(context);
        yield return MilestoneCommands.Create(context);
        yield return InvestmentCommands.Create(context);
        yield return StatusCommand.Create(context);
        yield return LedgerCommands.Create(context);
        yield return ReportCommands.Create(context);
        yield return PhotoCommands.Create(context);
        yield return RenderCommands.Create(context);
        yield return TileCommands.Create(context);
        yield return SampleCommands.Create(context);
        yield return DbCommands.Create(context);
        yield return BenchCommands.Create(context);
        yield return ServeCommand.Create(context);
        yield return UserCommands.Create(context);
        yield return AuditCommand.Create(context);
        yield return DemoCommand.Create(context);
    }
}
