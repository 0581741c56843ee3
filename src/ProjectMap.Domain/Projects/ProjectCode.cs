using System.Diagnostics.CodeAnalysis;

namespace ProjectMap.Domain.Projects;

/// <summary>
/// The short identifier of a key project (for example <c>WJ-2023-001</c>): 1 to 32 ASCII letters, digits,
/// '-' or '_', starting with a letter or digit, so it is safe as a file-name and URL segment.
/// </summary>
public readonly record struct ProjectCode
{
    /// <summary>The longest accepted code, in characters.</summary>
    public const int MaxLength = 32;

    private ProjectCode(string value) => Value = value;

    /// <summary>The code as written by the district, case preserved.</summary>
    public string Value { get; }

    /// <summary>Parses a code and throws <see cref="FormatException"/> naming the problem when it is not valid.</summary>
    public static ProjectCode Parse(string? text)
    {
        if (!TryParse(text, out var code, out var problem))
        {
            throw new FormatException(problem);
        }

        return code;
    }

    /// <summary>Parses a code; on failure returns false and a sentence saying what is wrong.</summary>
    public static bool TryParse(string? text, out ProjectCode code, [NotNullWhen(false)] out string? problem)
    {
        code = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problem = "project code is empty";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            problem = $"project code '{trimmed}' is longer than {MaxLength} characters";
            return false;
        }

        if (!char.IsAsciiLetterOrDigit(trimmed[0]))
        {
            problem = $"project code '{trimmed}' must start with a letter or digit";
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                problem = $"project code '{trimmed}' may only contain ASCII letters, digits, '-' and '_'";
                return false;
            }
        }

        code = new ProjectCode(trimmed);
        problem = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
