namespace ProjectMap.Cli.Infrastructure;

/// <summary>A failure the CLI reports as one line on stderr, with exit code 1 unless another is given.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception with the line to print.</summary>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the line to print and an exit code.</summary>
    public CliException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates the exception with the line to print and its cause.</summary>
    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CliException()
        : base("the command failed")
    {
    }

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; } = ExitCodes.Failure;
}
