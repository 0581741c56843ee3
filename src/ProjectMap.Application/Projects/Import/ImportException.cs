namespace ProjectMap.Application.Projects.Import;

/// <summary>Thrown when an import is refused; nothing was stored. Holds every problem found, the first in the message.</summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public ImportException(IReadOnlyList<ImportProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public ImportException(ImportProblem problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ImportException(string message)
        : base(message)
    {
        Problems = [new ImportProblem(string.Empty, 0, null, message)];
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public ImportException(string message, Exception inner)
        : base(message, inner)
    {
        Problems = [new ImportProblem(string.Empty, 0, null, message)];
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ImportException()
        : this("the import was refused")
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            return "the import was refused";
        }

        var first = problems[0].ToString();
        return problems.Count == 1 ? first + "; nothing was imported" : $"{first} (and {problems.Count - 1} more problems); nothing was imported";
    }
}
