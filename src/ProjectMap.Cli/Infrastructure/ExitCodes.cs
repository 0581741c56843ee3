namespace ProjectMap.Cli.Infrastructure;

/// <summary>Process exit codes of <c>projectmap</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed; one line on stderr says why.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;
}
